package vn.baocao.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of this project in a separate JVM, as a scheduler or a second user would. */
public final class JavaProcess {

    private JavaProcess() {
    }

    public static ProcessBuilder builder(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    public static Process start(Class<?> main, String... args) throws IOException {
        return builder(main, args).start();
    }
}

package vn.baocao.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether a person is watching: the JVM the user started has a terminal. The job's own JVM (see {@link JobJvm}) is
 * told what its parent found, so that the answer is the first JVM's whatever the child's streams are.
 */
final class Terminal {

    /** Set by {@link JobJvm} on the job's JVM: whether the JVM the user started had a terminal. */
    static final String PROPERTY = "baocao.terminal";

    private Terminal() {
    }

    static boolean attached() {
        String told = System.getProperty(PROPERTY);
        return told != null ? Boolean.parseBoolean(told) : console();
    }

    /**
     * {@code System.console() != null}, which on Java 17 to 21 means standard input and output are a terminal. From
     * Java 22 on it may return a console for redirected streams as well (cron would then log progress lines), and
     * {@code Console.isTerminal()} says which: asked by name, as the project builds for Java 17.
     */
    private static boolean console() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(c);
        } catch (NoSuchMethodException before22) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}

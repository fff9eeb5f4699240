package vn.baocao.cli;

/** Entry point of the executable jar. */
public final class BaocaoApplication {

    private BaocaoApplication() {
    }

    public static void main(String[] args) {
        java.util.Optional<Integer> elsewhere = JobJvm.run(args);
        System.exit(elsewhere.isPresent() ? elsewhere.get() : Cli.standard(System.out, System.err).run(args));
    }
}

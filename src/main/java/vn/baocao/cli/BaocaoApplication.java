package vn.baocao.cli;

/** Entry point of the executable jar. */
public final class BaocaoApplication {

    private BaocaoApplication() {
    }

    public static void main(String[] args) {
        System.exit(Cli.standard(System.out, System.err).run(args));
    }
}

package vn.baocao.cli;

/** Entry point of the executable jar. */
public final class BaocaoApplication {

    private BaocaoApplication() {
    }

    public static void main(String[] args) {
        java.util.Optional<Integer> elsewhere = JobJvm.run(args);
        int exit = elsewhere.isPresent() ? elsewhere.get() : Cli.standard(System.out, System.err).run(args);
        // The review site is refreshed once the job is over, here and not in the job's own JVM.
        if (args.length > 0 && args[0].equals("ingest") && !JobJvm.isJobJvm()) {
            ReviewAfterIngest.refresh(java.util.Arrays.asList(args).subList(1, args.length), exit, System.out, System.err);
        }
        System.exit(exit);
    }
}

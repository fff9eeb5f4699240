package vn.baocao.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches 'baocao COMMAND ...' to its command and turns failures into exit codes and plain messages. */
public final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err, List<Command> commands) {
        this.out = out;
        this.err = err;
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    public static Cli standard(PrintStream out, PrintStream err) {
        return new Cli(out, err, List.of(new IngestCommand(), new ExportCommand(), new YoyCommand(), new SqlCommand(), new EvaluateCommand(),
                new ExplainCommand(), new CheckRulesCommand(), new ReviewCommand(), new BenchmarkCommand()));
    }

    public int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length > 1 && commands.containsKey(args[1])) {
                out.print(commands.get(args[1]).help());
            } else {
                out.print(usage());
            }
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        Command c = commands.get(args[0]);
        if (c == null) {
            err.println("baocao: unknown command '" + args[0] + "'");
            err.print(usage());
            return ExitCode.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(c.help()); // every command's help, handled once here
            return ExitCode.OK;
        }
        try {
            return c.run(rest, out, err);
        } catch (UsageException e) {
            err.println("baocao " + c.name() + ": " + e.getMessage());
            err.println("See: java -jar target/baocao.jar " + c.name() + " --help");
            return ExitCode.USAGE;
        } catch (Exception e) {
            err.println("baocao " + c.name() + " failed: " + rootMessage(e));
            if (System.getenv("BAOCAO_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILED;
        }
    }

    /**
     * What went wrong, without the framework's account of how: Spring wraps a rule file's 'measures.csv line 20:
     * ...' in a chain of bean-creation messages; the innermost cause with a message is the one a person can act on.
     */
    static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null) {
                message = c.getMessage();
            }
        }
        return message == null ? e.toString() : message;
    }

    private String usage() {
        StringBuilder s = new StringBuilder("""
                baocao: Vietnamese local-government reports into a DuckDB statistics warehouse.

                Usage: java -jar target/baocao.jar COMMAND [OPTIONS]

                Commands:
                """);
        commands.values().forEach(c -> s.append(String.format("  %-10s %s%n", c.name(), c.summary())));
        s.append("\nHelp for one command: java -jar target/baocao.jar COMMAND --help\n");
        return s.toString();
    }
}

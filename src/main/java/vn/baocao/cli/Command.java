package vn.baocao.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the command line. */
public interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** Full help: usage, options, examples. */
    String help();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}

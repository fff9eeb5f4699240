package vn.baocao.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.ExtractionRules;
import vn.baocao.extract.RuleExamples;

/**
 * {@code baocao check-rules}: runs the example sentence of every entry of the
 * language files and the indicator dictionary the job configuration names, and
 * says which give what their entry promises. A statistician who adds a phrase
 * runs it before the nightly job does.
 */
public final class CheckRulesCommand implements Command {

    @Override
    public String name() {
        return "check-rules";
    }

    @Override
    public String summary() {
        return "run the example of every language rule and dictionary entry";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar check-rules [--config FILE] [--all]

                Loads the language rules (jobs/language/*.csv) and the indicator dictionary
                (jobs/dictionary/) the job configuration names, reads the example sentence of
                every entry and checks it gives what the entry's 'expect' column says. Prints
                each example that does not, with what was read instead; --all prints the ones
                that pass too. A rule file that cannot be loaded is reported with its file and
                line. Exit code 0 when every example passes, 1 otherwise.

                Options:
                  --config FILE  the job configuration (default jobs/ingest.properties)
                  --all          list passing examples as well
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("config"), Set.of("all"));
        if (!o.positional().isEmpty()) {
            throw new UsageException("check-rules takes no file");
        }
        ExtractionRules rules = ExtractionRules.load(WarehouseOption.language(o), WarehouseOption.dictionary(o));
        Map<Boolean, List<RuleExamples.Outcome>> outcomes = new RuleExamples(rules).checkAll();
        List<RuleExamples.Outcome> failed = outcomes.get(false);
        List<RuleExamples.Outcome> passed = outcomes.get(true);
        if (o.flag("all")) {
            passed.forEach(p -> out.println("ok    " + p.example()));
        }
        for (RuleExamples.Outcome f : failed) {
            out.println("FAIL  " + f.example() + "\n      example: " + f.example().text() + "\n      " + f.detail());
        }
        out.println(passed.size() + " of " + (passed.size() + failed.size()) + " examples give what their entry says");
        return failed.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }
}

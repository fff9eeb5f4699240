package vn.baocao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.extract.Indicator;
import vn.baocao.extract.IndicatorDictionary;
import vn.baocao.warehouse.Evaluation;
import vn.baocao.warehouse.Warehouse;

/** {@code baocao evaluate}: measures extraction against hand-checked observations. */
public final class EvaluateCommand implements Command {

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "score the warehouse's observations against a hand-labelled gold file";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar evaluate --gold FILE [--warehouse FILE] [--show]
                                                            [--dictionary FILE]

                Compares the observations loaded from the documents named in the gold file with
                the gold rows and prints precision, recall, F1, period accuracy and recall by
                family. A prediction matches a gold row when document, indicator, measure and
                status class (target, or observed) are equal and the value agrees within 0.1 %%
                (both ends of a range). Gold rows with score=ignore neither credit nor count
                against predictions with their key. Only indicators of the dictionary are scored.

                Gold file columns: doc, indicator, measure, status, value, value_high,
                period_start, period_end, score, evidence.

                Options:
                  --gold FILE        the gold CSV
                  --warehouse FILE   the warehouse (default: warehouse/baocao.duckdb)
                  --show             list every miss, false positive and wrong period, with evidence
                  --dictionary FILE  the indicator dictionary whose codes are scored
                                     (default: the job configuration's, jobs/dictionary/indicators.csv)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("gold", "warehouse", "dictionary", "config"), Set.of("show"));
        if (o.value("gold") == null) {
            throw new UsageException("evaluate needs --gold FILE");
        }
        Path gold = Path.of(o.value("gold"));
        if (!java.nio.file.Files.isRegularFile(gold)) {
            throw new UsageException("gold file not found: " + gold.toAbsolutePath());
        }
        Path dictionaryPath = WarehouseOption.dictionary(o);
        IndicatorDictionary dictionary = dictionaryPath == null ? IndicatorDictionary.loadBundled() : IndicatorDictionary.load(dictionaryPath);
        Map<String, String> familyOf = new HashMap<>();
        dictionary.indicators().forEach(i -> familyOf.put(i.code(), i.family()));
        Set<String> catalog = dictionary.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        try (Connection c = Warehouse.openForReading(WarehouseOption.resolve(o))) {
            Evaluation.Result r = new Evaluation().score(Evaluation.readGold(gold, familyOf), Evaluation.readWarehouse(c, familyOf), catalog);
            out.print(r.render(o.flag("show")));
            return ExitCode.OK;
        }
    }
}

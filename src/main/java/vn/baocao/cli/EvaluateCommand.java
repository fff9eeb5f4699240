package vn.baocao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.IndicatorDictionary;
import vn.baocao.warehouse.Evaluation;
import vn.baocao.warehouse.MetaEvaluation;
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
                Usage: java -jar target/baocao.jar evaluate [--gold FILE] [--meta FILE] [--warehouse FILE] [--show]
                                                            [--dictionary FILE]

                Compares the observations loaded from the documents named in the gold file with
                the gold rows and prints precision, recall, F1, period accuracy and recall by
                family. A prediction matches a gold row when document, indicator, measure and
                status class (target, or observed) are equal and the value agrees within 0.1 %%
                (both ends of a range). Gold rows with score=ignore neither credit nor count
                against predictions with their key. Only indicators of the dictionary are scored.

                Gold file columns: doc, indicator, measure, status, value, value_high,
                period_start, period_end, score, evidence.

                With --meta, scores what was read about each document against a metadata gold
                file (columns doc, area, area_level, periods): area accuracy (proper name and
                level agree; an empty gold area is matched only by no area), the number of
                documents given a wrong area (another one, or one where the text names none),
                and reporting-period accuracy (the period is one of the alternatives joined
                by '|'). --show lists every error.

                Options:
                  --gold FILE        the gold CSV of observations
                  --meta FILE        the gold CSV of document metadata
                  --warehouse FILE   the warehouse (default: warehouse/baocao.duckdb)
                  --show             list every miss, false positive and wrong period, with evidence
                  --dictionary FILE  the indicator dictionary whose codes are scored
                                     (default: the job configuration's, jobs/dictionary/indicators.csv)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("gold", "meta", "warehouse", "dictionary", "config"), Set.of("show"));
        if (o.value("gold") == null && o.value("meta") == null) {
            throw new UsageException("evaluate needs --gold FILE or --meta FILE");
        }
        for (String f : new String[] {"gold", "meta"}) {
            if (o.value(f) != null && !java.nio.file.Files.isRegularFile(Path.of(o.value(f)))) {
                throw new UsageException(f + " file not found: " + Path.of(o.value(f)).toAbsolutePath());
            }
        }
        Path dictionaryPath = WarehouseOption.dictionary(o);
        IndicatorDictionary dictionary = IndicatorDictionary.load(dictionaryPath);
        Map<String, String> familyOf = new HashMap<>();
        dictionary.indicators().forEach(i -> familyOf.put(i.code(), i.family()));
        Set<String> catalog = dictionary.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        try (Connection c = Warehouse.openForReading(WarehouseOption.resolve(o))) {
            if (o.value("gold") != null) {
                Evaluation.Result r = new Evaluation().score(Evaluation.readGold(Path.of(o.value("gold")), familyOf),
                        Evaluation.readWarehouse(c, familyOf), catalog);
                out.print(r.render(o.flag("show")));
            }
            if (o.value("meta") != null) {
                if (o.value("gold") != null) {
                    out.println();
                }
                MetaEvaluation.Result m = new MetaEvaluation().score(MetaEvaluation.readGold(Path.of(o.value("meta"))),
                        MetaEvaluation.readWarehouse(c));
                out.print(m.render(o.flag("show")));
            }
            return ExitCode.OK;
        }
    }
}

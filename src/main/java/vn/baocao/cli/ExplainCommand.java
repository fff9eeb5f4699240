package vn.baocao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.baocao.extract.DocumentExtraction;
import vn.baocao.extract.ExtractionRules;
import vn.baocao.extract.area.InboxAreas;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.meta.MetadataReader;
import vn.baocao.normalise.NormalisedText;
import vn.baocao.normalise.TextNormaliser;
import vn.baocao.read.DocumentContent;
import vn.baocao.read.DocumentReaders;
import vn.baocao.read.ReadLimits;
import vn.baocao.read.SourceFile;

/**
 * {@code baocao explain FILE}: reads one report the way ingest does, without
 * touching the warehouse, and tells how: what the document says about itself,
 * and for every figure of its prose the words it was read from, the indicator,
 * measure, status and period it was given and the rule that decided.
 */
public final class ExplainCommand implements Command {

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String summary() {
        return "show how one report is read, figure by figure, without loading it";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar explain FILE [--config FILE] [--inbox DIR]

                Reads FILE (any format ingest reads) with the job configuration's dictionary and
                language rules and prints what the document says about itself (kind, issuer,
                area, period, date), then every number of its prose: the indicator, measure,
                status and period it was given and the rule that decided, or why it gave none;
                the figures of its tables likewise, with their cells.
                Nothing is written to the warehouse: use it to check a report, or a rule you
                have just added to jobs/language or the dictionary.

                Options:
                  --config FILE  the job configuration (default jobs/ingest.properties)
                  --inbox DIR    the inbox folder FILE lies in, for the area its folder or manifest gives
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("config", "inbox"), Set.of());
        if (o.positional().size() != 1) {
            throw new UsageException("explain needs one FILE");
        }
        Path file = Path.of(o.positional().get(0));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("file not found: " + file.toAbsolutePath());
        }
        ExtractionRules rules = ExtractionRules.load(WarehouseOption.language(o), WarehouseOption.dictionary(o));
        DocumentContent content = DocumentReaders.standard(ReadLimits.standard())
                .read(new SourceFile(file, Files.size(file), Files.getLastModifiedTime(file).toInstant()));
        NormalisedText text = new TextNormaliser().normalise(content.text());
        InboxAreas.Hint hint = o.value("inbox") == null ? null
                : new InboxAreas(rules.gazetteer(), List.of(Path.of(o.value("inbox")))).hintFor(file);
        List<String> lines = new ArrayList<>();
        DocumentExtraction.Result result = new DocumentExtraction(rules).extract(text, content.tables(), hint == null ? null : hint.unit(),
                lines::add);
        MetadataReader.Reading reading = result.reading();
        DocumentText doc = reading.text();
        DocumentMetadata m = reading.metadata();
        out.println(file);
        out.println("  kind      " + m.kind() + (m.draft() ? " (draft)" : ""));
        out.println("  issuer    " + (m.issuer() == null ? "-" : m.issuer() + (m.issuerField() == null ? "" : " [" + m.issuerField() + "]")));
        out.println("  date      " + (m.date() == null ? "-" : m.date()));
        out.println("  period    " + (m.period() == null ? "-" : m.period() + "  (from '" + m.periodText() + "')"));
        out.println("  area      " + (m.area() == null ? "- (the text names no reporting area)"
                : m.area().label() + " [" + m.area().level() + (m.areaKey() == null ? "" : ", " + m.areaKey()) + "] by "
                + m.area().rule() + " from '" + m.area().evidence() + "'" + (m.area().note() == null ? "" : "; " + m.area().note())));
        if (!reading.places().isEmpty()) {
            out.println("  places    " + String.join("; ", reading.places().stream().limit(12).map(pm -> doc.tokens().span(pm.start(), pm.end())
                    + (pm.issuer() ? " (issuer)" : "") + " = " + pm.units().size() + " unit(s)").toList()));
        }
        if (doc.damaged()) {
            out.println("  note      letters were lost in a legacy font conversion: rules are matched on word skeletons");
        }
        out.println();
        lines.forEach(out::println);
        out.println();
        out.println(result.facts().size() + " facts, " + result.alternates().size() + " alternate figures");
        return ExitCode.OK;
    }
}

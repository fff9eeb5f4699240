package vn.baocao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.normalise.NormalisedText;
import vn.baocao.read.Table;

/**
 * All the observations of one document: its tables first (a table states a
 * figure more reliably than prose), then its text. The first figure per
 * indicator, measure, status and period is the fact; a different figure for
 * the same key is kept as an alternate, for the consistency checks.
 */
public final class DocumentExtraction {

    /** The facts of a document and its alternate figures. */
    public record Result(List<Observation> facts, List<Observation> alternates) {
    }

    private final ObservationExtractor prose;
    private final TableExtractor tables;

    public DocumentExtraction(IndicatorDictionary dictionary) {
        this.prose = new ObservationExtractor(dictionary);
        this.tables = new TableExtractor(dictionary);
    }

    public Result extract(NormalisedText text, DocumentMetadata meta, List<Table> documentTables) {
        List<Observation> all = new ArrayList<>();
        for (Table t : documentTables) {
            all.addAll(tables.extract(t, meta));
        }
        all.addAll(prose.extractAll(text, meta));
        Map<String, Observation> first = new LinkedHashMap<>();
        Map<String, Observation> alternates = new LinkedHashMap<>();
        for (Observation o : all) {
            Observation fact = first.putIfAbsent(o.headlineKey(), o);
            if (fact != null && fact.value() != o.value()) {
                alternates.putIfAbsent(o.dedupKey(), o);
            }
        }
        return new Result(new ArrayList<>(first.values()), new ArrayList<>(alternates.values()));
    }
}

package vn.baocao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.normalise.NormalisedText;
import vn.baocao.read.Table;

/**
 * All the observations of one document: its tables first (a table states a
 * figure more reliably than prose), then its text; one figure per indicator,
 * measure, status and period, the first found.
 */
public final class DocumentExtraction {

    private final ObservationExtractor prose;
    private final TableExtractor tables;

    public DocumentExtraction(IndicatorDictionary dictionary) {
        this.prose = new ObservationExtractor(dictionary);
        this.tables = new TableExtractor(dictionary);
    }

    public List<Observation> extract(NormalisedText text, DocumentMetadata meta, List<Table> documentTables) {
        Map<String, Observation> first = new LinkedHashMap<>();
        for (Table t : documentTables) {
            for (Observation o : tables.extract(t, meta)) {
                first.putIfAbsent(o.headlineKey(), o);
            }
        }
        for (Observation o : prose.extract(text, meta)) {
            first.putIfAbsent(o.headlineKey(), o);
        }
        return new ArrayList<>(first.values());
    }
}

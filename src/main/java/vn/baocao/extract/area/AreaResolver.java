package vn.baocao.extract.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;

/**
 * Decides which unit a document reports for, from the places it names: the body
 * that issues it ('UBND huyện Nông Sơn', 'Cục Thống kê tỉnh Nghệ An') before a
 * place named in its title or lead, before a place named anywhere with its type
 * word; a province's bare name only in the title or lead. Of several units with
 * the name, the one in force on the document's date wins, then the one whose
 * province or district the document also names, then the one the inbox says.
 * When the text names no reporting area the area is unknown: never a guess.
 */
public final class AreaResolver {

    /** The lead: the first paragraph of at least this many tokens ends the head of a document. */
    private static final int LEAD_TOKENS = 25;

    private final Gazetteer gazetteer;

    public AreaResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param mentions places named in the document (see {@link PlaceReader})
     * @param date     the document's date, or the end of its period; null if unknown
     * @param inbox    the unit the inbox files the document under, or null
     */
    public ResolvedArea resolve(DocumentText doc, List<PlaceMention> mentions, LocalDate date, AdminUnit inbox) {
        int headEnd = headEnd(doc);
        PlaceMention chosen = null;
        String rule = null;
        for (int pass = 0; pass < 4 && chosen == null; pass++) {
            for (PlaceMention m : mentions) {
                boolean head = m.start() < headEnd;
                boolean take = switch (pass) {
                    case 0 -> m.issuer() && head;
                    case 1 -> m.typed() && head;
                    case 2 -> head;                        // a province's bare name in the title or lead
                    default -> m.issuer() || m.typed();
                };
                if (take) {
                    chosen = pass == 3 ? mostNamed(mentions) : m;
                    rule = switch (pass) {
                        case 0 -> "issuer";
                        case 1, 2 -> "head";
                        default -> "text";
                    };
                    break;
                }
            }
        }
        if (chosen == null) {
            return inbox == null ? null : ResolvedArea.of(inbox, "inbox", "", null);
        }
        String evidence = doc.tokens().span(chosen.start(), chosen.end());
        List<AdminUnit> candidates = narrow(chosen.units(), date, mentions, inbox);
        if (candidates.size() == 1) {
            AdminUnit u = candidates.get(0);
            String note = inbox != null && !related(u, inbox)
                    ? "the text names " + u.label() + ", the inbox says " + inbox.label() : null;
            return ResolvedArea.of(u, rule, evidence, note);
        }
        AdminUnit any = candidates.get(0);
        return new ResolvedArea(null, any.name(), any.type(), any.level(), rule, evidence,
                candidates.size() + " units are named " + any.label() + "; the document does not say which (codes "
                        + String.join(", ", candidates.stream().map(AdminUnit::code).toList()) + ")");
    }

    /** Where the head ends: after the first paragraph long enough to be the lead. */
    private static int headEnd(DocumentText doc) {
        for (Paragraph p : doc.paragraphs()) {
            if (!p.furniture() && p.to() - p.from() >= LEAD_TOKENS) {
                return p.to();
            }
        }
        return doc.tokens().size();
    }

    /** The unit named most often with its type word or by its issuer. */
    private static PlaceMention mostNamed(List<PlaceMention> mentions) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, PlaceMention> first = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            if (m.typed() || m.issuer()) {
                String k = m.units().get(0).name() + "|" + m.type();
                count.merge(k, 1, Integer::sum);
                first.putIfAbsent(k, m);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > count.get(best)) {
                best = e.getKey();
            }
        }
        return first.get(best);
    }

    private List<AdminUnit> narrow(List<AdminUnit> units, LocalDate date, List<PlaceMention> mentions, AdminUnit inbox) {
        List<AdminUnit> list = units;
        if (date != null) {
            boolean after = !date.isBefore(Gazetteer.REORGANISED);
            List<AdminUnit> era = list.stream().filter(u -> u.key().startsWith(after ? "new:" : "old:")).toList();
            list = era.isEmpty() ? list : era;
            List<AdminUnit> valid = list.stream().filter(u -> u.validOn(date)).toList();
            list = valid.isEmpty() ? list : valid;
        }
        if (list.size() > 1) {
            Set<String> named = new HashSet<>();
            for (PlaceMention m : mentions) {
                m.units().forEach(u -> named.add(Gazetteer.nameKey(u.name())));
            }
            List<AdminUnit> byParent = list.stream()
                    .filter(u -> gazetteer.lineage(u).stream().skip(1).anyMatch(a -> named.contains(Gazetteer.nameKey(a.name())))).toList();
            list = byParent.isEmpty() ? list : byParent;
        }
        if (list.size() > 1 && inbox != null) {
            List<AdminUnit> byInbox = list.stream().filter(u -> related(u, inbox)).toList();
            list = byInbox.isEmpty() ? list : byInbox;
        }
        return new ArrayList<>(list);
    }

    /** The same unit, or one inside the other. */
    private boolean related(AdminUnit a, AdminUnit b) {
        return gazetteer.lineage(a).stream().anyMatch(x -> x.key().equals(b.key()))
                || gazetteer.lineage(b).stream().anyMatch(x -> x.key().equals(a.key()));
    }
}

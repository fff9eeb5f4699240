package vn.baocao.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.baocao.extract.area.AdminUnit;
import vn.baocao.extract.area.AreaResolver;
import vn.baocao.extract.area.PlaceMention;
import vn.baocao.extract.area.PlaceReader;
import vn.baocao.extract.area.ResolvedArea;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.period.Period;
import vn.baocao.extract.period.PeriodContext;
import vn.baocao.extract.period.PeriodMention;
import vn.baocao.extract.period.PeriodReader;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * Reads what a document says about itself: its kind, issuer, date, the period it
 * reports on and the area it reports for.
 *
 * <p>The reporting period comes from the title and lead, not from the first
 * period-like words of the body: a period the words around it set as a goal
 * ('Phấn đấu năm 2023 ...', 'nhiệm vụ năm 2025') is a target year, and a period
 * after 'so với' is the one compared with. Where a title names several periods
 * ('tháng 9 và quý III', 'quý II và 6 tháng đầu năm') the longest is the report's.
 */
public final class MetadataReader {

    private static final int TARGET_CUE_REACH = 10;
    /** The lead: the first paragraph of at least this many tokens ends the head of a document. */
    public static final int LEAD_TOKENS = 25;

    private final PeriodReader periods;
    private final PlaceReader places;
    private final AreaResolver areas;

    public MetadataReader(PeriodReader periods, AreaResolver areas) {
        this.periods = periods;
        this.places = new PlaceReader(areas.gazetteer());
        this.areas = areas;
    }

    /** Everything read about a document before its figures. */
    public record Reading(DocumentText text, DocumentMetadata metadata, List<PeriodMention> periods, List<PlaceMention> places,
                          PeriodContext context) {
    }

    public Reading read(DocumentText doc, AdminUnit inbox) {
        Tokens t = doc.tokens();
        LocalDate date = DocumentDate.of(doc);
        List<PeriodMention> mentions = periods.read(doc);
        int headEnd = headEnd(doc);
        PhraseIndex.Hit<Cue> issuerCue = firstIssuer(doc, headEnd);
        String issuerField = issuerCue == null ? null : issuerCue.value().detail();
        int workingYear = issuerCue == null ? 0 : (int) issuerCue.value().number();
        Integer year = date == null ? yearOf(mentions, headEnd) : Integer.valueOf(date.getYear());
        // a justice body's own report (its name in the title block, not in a news item's lead) counts in its working year
        boolean ownWorkingYear = workingYear > 0 && issuerCue.start() < leadStart(doc);
        PeriodContext ctx = new PeriodContext(year, date, null, workingYear == 0 ? 10 : workingYear, ownWorkingYear,
                definitions(t, mentions, year, date));
        PeriodMention reported = null;
        PeriodMention target = null;
        for (int pass = 0; pass < 2 && reported == null; pass++) {
            for (PeriodMention m : mentions) {
                if (m.compared() || pass == 0 && m.start() >= headEnd || m.resolve(ctx.withYear(yearFor(m, mentions, ctx))) == null
                        || wholeParagraph(doc, m)) {
                    continue; // 'Năm 2018' alone on a line: a portal's archive menu, not a title
                }
                if (targetSet(doc, m)) {
                    if (target == null && m.start() < headEnd) {
                        target = m;
                    }
                } else {
                    reported = m;
                    break;
                }
            }
        }
        for (PeriodMention m : mentions) {
            // 'Về kết quả ... năm 2024 và mục tiêu, nhiệm vụ, giải pháp năm 2025': the title names both years
            if (target == null && m.start() < headEnd && !m.compared() && m != reported && targetSet(doc, m)
                    && m.resolve(ctx.withYear(yearFor(m, mentions, ctx))) != null) {
                target = m;
            }
        }
        String head = t.text().substring(0, Math.min(t.text().length(), headEnd < t.size() ? t.end(Math.max(0, headEnd - 1)) : t.text().length()));
        String kind = kind(head);
        // a plan is about the period it sets targets for, whatever results it quotes
        PeriodMention chosen = reported != null && !("plan".equals(kind) && target != null) ? reported : target;
        Period period = chosen == null ? comparedPlusOneYear(mentions, ctx) : chosen.resolve(ctx.withYear(yearFor(chosen, mentions, ctx)));
        Integer targetYear = null;
        if (target != null) {
            Period p = target.resolve(ctx.withYear(yearFor(target, mentions, ctx)));
            targetYear = p == null ? null : Integer.valueOf(p.year());
        } else if (period != null) {
            targetYear = period.year();
        }
        List<PlaceMention> named = places.read(doc);
        LocalDate when = date != null ? date : period == null ? null : period.end().atEndOfMonth();
        ResolvedArea area = areas.resolve(doc, named, when, inbox);
        String issuer = issuerCue == null ? null : issuerText(doc, issuerCue, named);
        DocumentMetadata meta = new DocumentMetadata(kind, issuer, issuerField, workingYear, area, period,
                chosen == null ? null : t.span(chosen.start(), chosen.end()), targetYear, draft(head), number(doc, headEnd), date);
        Integer ctxYear = period != null ? Integer.valueOf(period.year()) : year;
        return new Reading(doc, meta, mentions, named, ctx.withYear(ctxYear).withDocumentPeriod(period));
    }

    /** '6 tháng đầu năm 2024 (từ ngày 01/12/2023 đến ngày 31/5/2024)': a period the document defines by dates. */
    private static java.util.Map<Period, Period> definitions(Tokens t, List<PeriodMention> mentions, Integer year, LocalDate date) {
        java.util.Map<Period, Period> out = new java.util.HashMap<>();
        PeriodContext plain = new PeriodContext(year, date, null, 10, false, java.util.Map.of());
        for (int k = 1; k < mentions.size(); k++) {
            PeriodMention range = mentions.get(k);
            PeriodMention named = mentions.get(k - 1);
            if (range.meaning().equals("date_range") && !named.compared() && range.start() - named.end() <= 1
                    && (range.start() == named.end() || t.is(named.end(), '('))) {
                Period p = named.resolve(plain.withYear(named.year() != null ? named.year() : year));
                Period r = range.resolve(plain);
                if (p != null && r != null) {
                    out.put(p, r);
                }
            }
        }
        return out;
    }

    /** A yearless mention takes the year written in its sentence, else the document's. */
    private static Integer yearFor(PeriodMention m, List<PeriodMention> all, PeriodContext ctx) {
        if (m.year() != null || ctx.year() != null) {
            return m.year() != null ? m.year() : ctx.year();
        }
        for (PeriodMention o : all) {
            if (o.year() != null && !o.compared() && Math.abs(o.start() - m.start()) < 40) {
                return o.year();
            }
        }
        for (PeriodMention o : all) {
            if (o.year() != null && o.compared()) {
                return o.year() + 1;   // 'so với cùng kỳ năm 2023': the report is on 2024
            }
        }
        return null;
    }

    /** The first year written in the head; else, in a short item that names it only at the end ('... trong năm 2022'), the first anywhere. */
    private static Integer yearOf(List<PeriodMention> mentions, int headEnd) {
        for (PeriodMention m : mentions) {
            if (m.year() != null && !m.compared() && m.start() < headEnd) {
                return m.year();
            }
        }
        for (PeriodMention m : mentions) {
            if (m.year() != null && !m.compared()) {
                return m.year();
            }
        }
        return null;
    }

    /** With no period of its own, a report compared 'so với 6 tháng đầu năm 2020' is on the same months a year on. */
    private static Period comparedPlusOneYear(List<PeriodMention> mentions, PeriodContext ctx) {
        for (PeriodMention m : mentions) {
            Period p = m.compared() ? m.resolve(ctx) : null;
            if (p != null) {
                return p.minusYears(-1);
            }
        }
        return null;
    }

    /** A period set as a goal: a target word of statuses.csv ('phấn đấu', 'nhiệm vụ', 'kế hoạch') shortly before it in its sentence. */
    private static boolean targetSet(DocumentText doc, PeriodMention m) {
        Tokens t = doc.tokens();
        int from = m.start();
        while (from > Math.max(0, m.start() - TARGET_CUE_REACH) && !t.is(from - 1, '.') && !t.is(from - 1, ';')) {
            from--;
        }
        // the last status word before the period, a word inside a longer one not counted ('nhiệm vụ' in 'thực hiện nhiệm vụ')
        PhraseIndex.Hit<Cue> last = null;
        int coveredTo = -1;
        for (int i = from; i < m.start(); i++) {
            for (PhraseIndex.Hit<Cue> h : doc.cuesAt(i)) {
                if (h.value().category() != Cue.Category.STATUS || h.value().is(Cue.Category.STATUS, "inherit") || h.end() > m.start()) {
                    continue;
                }
                if (h.end() <= coveredTo) {
                    continue;
                }
                if (last == null || h.start() > last.start() || h.end() > last.end()) {
                    last = h;
                }
                coveredTo = Math.max(coveredTo, h.end());
            }
        }
        return last != null && (last.value().is(Cue.Category.STATUS, "target") || last.value().is(Cue.Category.STATUS, "forecast"));
    }

    private static boolean wholeParagraph(DocumentText doc, PeriodMention m) {
        Paragraph p = doc.paragraphOf(m.start());
        return m.start() == p.from() && (m.end() == p.to() || m.end() + 1 == p.to() && doc.tokens().isPunct(p.to() - 1));
    }

    /** Where the lead starts: the first paragraph long enough to be one; before it stand the title block and the furniture. */
    private static int leadStart(DocumentText doc) {
        for (Paragraph p : doc.paragraphs()) {
            if (!p.furniture() && p.to() - p.from() >= LEAD_TOKENS) {
                return p.from();
            }
        }
        return doc.tokens().size();
    }

    /** Where the head ends: after the first paragraph long enough to be the lead. */
    public static int headEnd(DocumentText doc) {
        for (Paragraph p : doc.paragraphs()) {
            if (!p.furniture() && p.to() - p.from() >= LEAD_TOKENS) {
                return p.to();
            }
        }
        return doc.tokens().size();
    }

    private static PhraseIndex.Hit<Cue> firstIssuer(DocumentText doc, int headEnd) {
        for (int i = 0; i < Math.min(headEnd, doc.tokens().size()); i++) {
            PhraseIndex.Hit<Cue> h = doc.cueAt(i, Cue.Category.PLACE, "issuer");
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    private static String issuerText(DocumentText doc, PhraseIndex.Hit<Cue> cue, List<PlaceMention> named) {
        for (PlaceMention m : named) {
            if (m.issuer() && m.start() >= cue.end() && m.start() - cue.end() <= 4) {
                return collapse(doc.tokens().span(cue.start(), m.end()));
            }
        }
        return collapse(doc.tokens().span(cue.start(), cue.end()));
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static final java.util.regex.Pattern KIND =
            java.util.regex.Pattern.compile("NGHỊ QUYẾT|BÁO CÁO|KẾ HOẠCH|THÔNG CÁO BÁO CHÍ|BẢN TIN|CHỈ TIÊU");

    /** The kind word of an administrative document stands in capitals in its head. */
    private static String kind(String head) {
        java.util.regex.Matcher k = KIND.matcher(head);
        if (!k.find()) {
            return "other";
        }
        return switch (k.group()) {
            case "NGHỊ QUYẾT" -> "resolution";
            case "KẾ HOẠCH", "CHỈ TIÊU" -> "plan"; // 'CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024': a list of targets
            default -> "report";
        };
    }

    private static boolean draft(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        return lower.contains("dự thảo") || lower.contains("du thao");
    }

    /** 'Số: 64/BC-UBND'. */
    private static String number(DocumentText doc, int headEnd) {
        Tokens t = doc.tokens();
        for (int i = 0; i + 3 < Math.min(t.size(), headEnd + 40); i++) {
            if (t.is(i, "số") && t.is(i + 1, ':') && t.isNumber(i + 2) && t.is(i + 3, '/')) {
                int j = i + 4;
                while (j < t.size() && !t.spaceBefore(j)) {
                    j++;
                }
                return t.span(i + 2, j);
            }
        }
        return null;
    }
}

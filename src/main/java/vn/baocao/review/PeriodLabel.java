package vn.baocao.review;

/** How a report names its period: 'Quý I/2024', '6 tháng/2024', 'Năm 2024', 'Tháng 5/2024', from 'YYYY-MM' bounds. */
final class PeriodLabel {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private PeriodLabel() {
    }

    /** The part of the year, without the year: the same for Quý I of every year. */
    static String span(String start, String end) {
        int from = Integer.parseInt(start.substring(5, 7));
        int to = Integer.parseInt(end.substring(5, 7));
        boolean sameYear = start.substring(0, 4).equals(end.substring(0, 4));
        if (!sameYear) {
            return start + " – " + end;
        }
        if (from == to) {
            return "Tháng " + from;
        }
        if (to - from == 2 && from % 3 == 1) {
            return "Quý " + QUARTERS[from / 3];
        }
        if (from == 1 && to == 12) {
            return "Năm";
        }
        if (from == 1) {
            return to + " tháng";
        }
        return "Tháng " + from + "–" + to;
    }

    /** The period as reports write it; '' for none. */
    static String of(String start, String end) {
        if (start == null || end == null) {
            return start == null ? "" : start;
        }
        String span = span(start, end);
        return span.equals("Năm") ? "Năm " + start.substring(0, 4) : span.contains(" – ") ? span : span + "/" + start.substring(0, 4);
    }
}

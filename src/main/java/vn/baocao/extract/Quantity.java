package vn.baocao.extract;

/**
 * One number written in a report, with what the words around it say about it.
 *
 * @param value      the figure in {@code unit} (money already multiplied to VND)
 * @param high       upper end of a range ('113 - 115 triệu'), else null
 * @param target     the second half of a pair ('320.392/765.101 triệu' gives 765101000000), else null
 * @param unit       the unit the text wrote
 * @param unitWord   the counting word as written ('vụ', 'đối tượng'), else null
 * @param qualifier  'hơn', 'gần', 'khoảng', 'tối thiểu', 'trở lên' ... else null
 * @param start      start offset in the normalised text
 * @param end        end offset (exclusive) in the normalised text
 */
public record Quantity(double value, Double high, Double target, Unit unit, String unitWord,
                       String qualifier, int start, int end) {

    public boolean isPercent() {
        return unit == Unit.PERCENT;
    }
}

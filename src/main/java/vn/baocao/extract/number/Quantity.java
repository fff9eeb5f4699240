package vn.baocao.extract.number;

import vn.baocao.extract.language.Unit;

/**
 * A number as written with what belongs to it: its sign, range or pair, multiplier and unit.
 *
 * @param start      first token (the sign, or the number)
 * @param end        token after the last one that belongs to it (its unit)
 * @param number     the token of the (first) number
 * @param value      in the warehouse unit (money multiplied to VND, 'tạ' to tonnes); negative when written '-'
 * @param high       the upper end of a range ('113 - 115 triệu'), else null
 * @param second     the second number of a pair ('320.392/765.101 triệu'), else null
 * @param unit       what the number counts; NONE when nothing is written after it
 * @param unitWords  the unit as written ('lượt khách', 'tỷ đồng'), else empty
 * @param signed     written with '+' or '-' ('(+37,2%)', '(-687,8 ha)'): a change
 * @param qualifier  more_than, less_than, about, at_least, at_most, else null
 */
public record Quantity(int start, int end, int number, double value, Double high, Double second, Unit unit,
                       String unitWords, boolean signed, String qualifier) {

    public boolean percent() {
        return unit == Unit.PERCENT;
    }

    public Quantity withValue(double v, Double h) {
        return new Quantity(start, end, number, v, h, second, unit, unitWords, signed, qualifier);
    }
}

package vn.baocao.read;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Spreadsheet numbers written the way a Vietnamese report writes them: '1.200.000', '4.050,5', '48,2%'. A
 * formatter in the machine's locale would write 1200000 under '#,##0' as '1,200,000', which reads as 1.2 in
 * Vietnamese; the cell's value, not its display, is what a table reader needs. Dates keep their format.
 */
final class CellNumbers extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)) {
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
        return vietnamese(value, formatString);
    }

    /** A number in Vietnamese writing; a percentage format shows it as a percentage ('0.0%' on 0.482 is '48,2%'). */
    static String vietnamese(double value, String formatString) {
        boolean percent = formatString != null && formatString.replaceAll("\"[^\"]*\"", "").contains("%");
        double v = percent ? value * 100 : value;
        // a double's shortest exact form, so 4050.5 stays 4050.5 and 0.1 + 0.2 does not become 0.30000000000000004
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (d.scale() > 10) {
            d = d.setScale(10, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0.##########", symbols);
        return f.format(d) + (percent ? "%" : "");
    }
}

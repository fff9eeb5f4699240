package vn.baocao.warehouse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes query results as CSV (RFC 4180), as an Excel sheet, or as a text table for the terminal. */
public final class TabularWriter {

    private TabularWriter() {
    }

    /** CSV; numbers plain with '.' as decimal point. Returns the rows written. */
    public static int csv(ResultSet rs, Writer out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            header.add(md.getColumnLabel(i));
        }
        int rows = 0;
        // Not closed here: the caller owns the writer (it may be standard output).
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        while (rs.next()) {
            for (int i = 1; i <= md.getColumnCount(); i++) {
                csv.print(text(rs, md, i));
            }
            csv.println();
            rows++;
        }
        csv.flush();
        return rows;
    }

    /** One sheet, header frozen, numbers as numeric cells; streamed, so large results use little memory. */
    public static int xlsx(ResultSet rs, String sheetName, Path file) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        int rows = 0;
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            Row head = sheet.createRow(0);
            for (int i = 1; i <= md.getColumnCount(); i++) {
                head.createCell(i - 1).setCellValue(md.getColumnLabel(i));
            }
            sheet.createFreezePane(0, 1);
            while (rs.next()) {
                Row row = sheet.createRow(++rows);
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Cell cell = row.createCell(i - 1);
                    if (numeric(md.getColumnType(i))) {
                        double v = rs.getDouble(i);
                        if (!rs.wasNull()) {
                            cell.setCellValue(v);
                        }
                    } else {
                        String v = text(rs, md, i);
                        if (!v.isEmpty()) {
                            cell.setCellValue(v);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            book.dispose();
        }
        return rows;
    }

    /** An aligned text table; long cells are cut to keep lines readable. */
    public static int table(ResultSet rs, PrintStream out, int maxWidth) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> head = new ArrayList<>();
        List<Boolean> numbers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            head.add(md.getColumnLabel(i));
            numbers.add(numeric(md.getColumnType(i)));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> r = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                String v = text(rs, md, i);
                r.add(v.length() > maxWidth ? v.substring(0, maxWidth - 1) + "…" : v);
            }
            rows.add(r);
        }
        out.print(new TextTable(head, numbers, rows).render());
        return rows.size();
    }

    static boolean numeric(int type) {
        return switch (type) {
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC, Types.INTEGER, Types.BIGINT,
                 Types.SMALLINT, Types.TINYINT -> true;
            default -> false;
        };
    }

    static String text(ResultSet rs, ResultSetMetaData md, int i) throws SQLException {
        int type = md.getColumnType(i);
        if (type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL || type == Types.DECIMAL || type == Types.NUMERIC) {
            double v = rs.getDouble(i);
            return rs.wasNull() ? "" : Numbers.plain(v);
        }
        Object v = rs.getObject(i);
        return v == null ? "" : v.toString();
    }
}

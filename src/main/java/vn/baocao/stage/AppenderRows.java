package vn.baocao.stage;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/** Null-aware helpers for writing one Appender row. */
public final class AppenderRows {

    private AppenderRows() {
    }

    public static void text(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    public static void number(DuckDBAppender a, Double v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
    }

    public static void integer(DuckDBAppender a, Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.intValue());
        }
    }

    public static void month(DuckDBAppender a, YearMonth m) throws SQLException {
        if (m == null) {
            a.appendNull();
        } else {
            a.append(m.atDay(1));
        }
    }

    public static void date(DuckDBAppender a, LocalDate d) throws SQLException {
        if (d == null) {
            a.appendNull();
        } else {
            a.append(d);
        }
    }

    public static void time(DuckDBAppender a, Instant t) throws SQLException {
        if (t == null) {
            a.appendNull();
        } else {
            a.append(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }
}

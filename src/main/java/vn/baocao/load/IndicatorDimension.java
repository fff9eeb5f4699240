package vn.baocao.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.IndicatorDictionary;

/** dim_indicator mirrors the dictionary the run used. */
public final class IndicatorDimension {

    private IndicatorDimension() {
    }

    public static void refresh(Connection c, IndicatorDictionary dictionary) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM dim_indicator");
        }
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("main", "dim_indicator")) {
            for (Indicator i : dictionary.indicators()) {
                a.beginRow();
                a.append(i.code());
                a.append(i.family());
                a.append(i.unit().code());
                a.append(i.nameVi());
                a.append(i.nameEn());
                a.endRow();
            }
        }
    }
}

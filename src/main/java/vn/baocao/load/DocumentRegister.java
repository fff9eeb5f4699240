package vn.baocao.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Reads the document register, so the discover step can skip what is already loaded. */
public final class DocumentRegister {

    private final Connection connection;

    public DocumentRegister(Connection connection) {
        this.connection = connection;
    }

    public Map<String, RegisteredFile> byPath() throws SQLException {
        Map<String, RegisteredFile> out = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, sha256, loaded_sha256, size_bytes, modified_at, status FROM document_register")) {
            while (rs.next()) {
                Timestamp t = rs.getTimestamp(5);
                out.put(rs.getString(1), new RegisteredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(6)));
            }
        }
        return out;
    }
}

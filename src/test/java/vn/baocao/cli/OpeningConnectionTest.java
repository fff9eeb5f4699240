package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import vn.baocao.warehouse.WarehouseLockedException;

class OpeningConnectionTest {

    @Test
    void isMadeAndComparedWithoutWaitingForTheOpen() {
        CompletableFuture<Connection> opening = new CompletableFuture<>();
        Connection c = OpeningConnection.of(opening);

        assertThat(c).isEqualTo(c).isNotEqualTo(OpeningConnection.of(opening));
        assertThat(c.hashCode()).isEqualTo(System.identityHashCode(c));
        assertThat(c.toString()).contains("opening");
        assertThat(opening).isNotDone();
    }

    @Test
    void firstUseWaitsForTheOpenThenEveryCallGoesToTheWarehouse() throws Exception {
        CompletableFuture<Connection> opening = new CompletableFuture<>();
        Connection c = OpeningConnection.of(opening);
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try {
            CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> opening.complete(duck));
            long t0 = System.nanoTime();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 42")) {
                assertThat(System.nanoTime() - t0).as("waited for the open").isGreaterThan(TimeUnit.MILLISECONDS.toNanos(150));
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
            // what the staging asks for its appenders: DuckDB's own connection
            assertThat(c.unwrap(DuckDBConnection.class)).isSameAs(duck);
            c.setAutoCommit(false);
            assertThat(duck.getAutoCommit()).isFalse();
        } finally {
            duck.close();
        }
    }

    @Test
    void aWarehouseThatCouldNotBeOpenedSaysWhyAtFirstUse() {
        WarehouseLockedException locked = new WarehouseLockedException(Path.of("/data/baocao.duckdb"), "held by PID 4242", null);
        Connection c = OpeningConnection.of(CompletableFuture.failedFuture(locked));
        assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class).hasCause(locked)
                .hasMessageContaining("/data/baocao.duckdb").hasMessageContaining("PID 4242");

        assertThat(c.toString()).contains("not opened");
        assertThatCode(c::close).as("closed with the context: nothing was opened, nothing to close").doesNotThrowAnyException();

        SQLException refused = new SQLException("IO Error: Cannot open file");
        Connection d = OpeningConnection.of(CompletableFuture.failedFuture(refused));
        assertThatThrownBy(d::getAutoCommit).isSameAs(refused);
    }

    @Test
    void anErrorOfTheWarehouseReachesTheCallerAsItself() throws Exception {
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try {
            Connection c = OpeningConnection.of(CompletableFuture.completedFuture(duck));
            assertThatThrownBy(() -> c.createStatement().execute("SELECT * FROM no_such_table"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no_such_table");
        } finally {
            duck.close();
        }
    }
}

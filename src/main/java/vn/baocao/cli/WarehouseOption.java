package vn.baocao.cli;

import java.nio.file.Path;

/** The warehouse a read command works on: --warehouse, else the configuration's, else the default file. */
final class WarehouseOption {

    private WarehouseOption() {
    }

    static Path resolve(Options o) throws Exception {
        if (o.value("warehouse") != null) {
            return Path.of(o.value("warehouse"));
        }
        String configOption = o.value("config");
        JobsConfig config = JobsConfig.load(configOption == null ? JobsConfig.DEFAULT : Path.of(configOption), configOption != null);
        Path fromConfig = config.path("warehouse");
        return fromConfig != null ? fromConfig : Path.of("warehouse", "baocao.duckdb");
    }
}

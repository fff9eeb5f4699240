package vn.baocao.cli;

import java.nio.file.Path;

/** The warehouse a read command works on: --warehouse, else the configuration's, else the default file. */
final class WarehouseOption {

    private WarehouseOption() {
    }

    /** The dictionary a command scores with: --dictionary, else the job configuration's, else null (the bundled one). */
    static Path dictionary(Options o) throws Exception {
        if (o.value("dictionary") != null) {
            return Path.of(o.value("dictionary"));
        }
        return config(o).path("dictionary");
    }

    /** The language rules folder: the configuration's, else null (the bundled one). */
    static Path language(Options o) throws Exception {
        return config(o).path("language");
    }

    private static JobsConfig config(Options o) throws Exception {
        String configOption = o.value("config");
        return JobsConfig.load(configOption == null ? JobsConfig.DEFAULT : Path.of(configOption), configOption != null);
    }

    static Path resolve(Options o) throws Exception {
        if (o.value("warehouse") != null) {
            return Path.of(o.value("warehouse"));
        }
        Path fromConfig = config(o).path("warehouse");
        return fromConfig != null ? fromConfig : Path.of("warehouse", "baocao.duckdb");
    }
}

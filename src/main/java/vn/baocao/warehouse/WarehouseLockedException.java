package vn.baocao.warehouse;

import java.nio.file.Path;

/** The warehouse file is held open by another process, so this one cannot write it. */
public class WarehouseLockedException extends Exception {

    public WarehouseLockedException(Path file, String holder, Throwable cause) {
        super("The warehouse " + file + " is open in another program" + (holder == null ? "" : " (" + holder + ")")
                + ".\nClose that program's connection to the file (for example a DuckDB session or a"
                + " notebook), then run this command again.", cause);
    }
}

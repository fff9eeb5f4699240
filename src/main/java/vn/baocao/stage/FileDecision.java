package vn.baocao.stage;

import java.time.Instant;

/**
 * What the discover step decided about one file of the inbox.
 *
 * @param sha256  content hash, or null where the file was not hashed (unchanged) or could not be read
 * @param action  process, unchanged or duplicate
 * @param note    why the file was skipped, or why it cannot be read (then the extract step rejects it)
 */
public record FileDecision(String path, String sha256, long size, Instant modified, String action, String note) {

    public static final String PROCESS = "process";
    public static final String UNCHANGED = "unchanged";
    public static final String DUPLICATE = "duplicate";
}

package vn.baocao.load;

import java.time.Instant;

/** What the register knows of a file from earlier runs. */
public record RegisteredFile(String path, String sha256, String loadedSha256, long size, Instant modified, String status) {
}

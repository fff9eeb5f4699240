package vn.baocao.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A digest of everything a page is made from, fed piece by piece as the rows stream past. */
final class Fingerprint {

    /**
     * Changes whenever the pages are drawn differently, so that pages of an older baocao are redrawn.
     * Bump it with any change to what a document page shows.
     */
    static final String LAYOUT = "document-page-3";

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        add(LAYOUT);
    }

    Fingerprint add(Object part) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}

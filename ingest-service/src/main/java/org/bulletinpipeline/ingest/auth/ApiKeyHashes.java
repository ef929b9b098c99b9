package org.bulletinpipeline.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Keys are compared by their SHA-256, so configuration and memory never hold a usable key. */
public final class ApiKeyHashes {

    private ApiKeyHashes() {
    }

    /** Lower-case hex SHA-256 of the key; what goes into ingest.auth.keys or the keys file. */
    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

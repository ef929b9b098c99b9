package org.bulletinpipeline.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The deterministic bulletin id: the first 16 hex digits of the SHA-256 of the normalized text (byte-order mark
 * dropped, line ends unified, trailing spaces of lines and blank edges removed), so the same page pushed twice, or by
 * two feeds, or re-saved with Windows line ends, has one id. nlp-service computes it the same way.
 */
public final class BulletinIds {

    private BulletinIds() {
    }

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String normalize(String text) {
        String unified = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        return unified.replaceAll("[ \\t\\u3000]+\\n", "\n").strip();
    }
}

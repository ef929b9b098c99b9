package org.bulletinpipeline.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The deterministic bulletin id: the first 16 hex digits of the SHA-256 of the normalized text (byte-order mark
 * dropped, line ends unified, trailing spaces of lines and blank edges removed), so the same page pushed twice, or by
 * two feeds, or re-saved with Windows line ends, has one id. ingest-service and nlp-service both compute it here.
 */
public final class BulletinIds {

    private BulletinIds() {
    }

    public static String of(String text) {
        return digest(normalize(text));
    }

    /**
     * The id of a story that has its own id in its format ("urn:newsml:xinhuanet.com:20220517:0517-001", an RSS guid):
     * the same digest over that id, prefixed so that it never equals the id of a text.
     */
    public static String ofItem(String originalId) {
        return digest("item\n" + originalId.strip());
    }

    private static String digest(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String normalize(String text) {
        String unified = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        return withoutTrailingBlanks(unified).strip();
    }

    /**
     * Drops the spaces, tabs and ideographic spaces that end each line, in one pass: a run of blanks is held back
     * until the next character says whether it ends a line. The regular expression {@code [ \t\u3000]+\n} did the
     * same but tried every start inside a run, so 80,000 spaces not followed by a line end cost minutes.
     */
    private static String withoutTrailingBlanks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blanksFrom = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u3000') {
                if (blanksFrom < 0) {
                    blanksFrom = i;
                }
                continue;
            }
            if (blanksFrom >= 0 && c != '\n') {
                out.append(text, blanksFrom, i);
            }
            blanksFrom = -1;
            out.append(c);
        }
        if (blanksFrom >= 0) {
            out.append(text, blanksFrom, text.length());
        }
        return out.toString();
    }
}

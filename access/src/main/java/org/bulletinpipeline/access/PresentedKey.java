package org.bulletinpipeline.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a client may put its key. {@code Authorization: Bearer <key>} is the API's way; {@code Authorization: Basic}
 * with the key as password is what a browser sends after its login prompt (the dashboard, when reading needs a key);
 * {@code X-Admin-Key: <key>} is how query-service's admin API was called before it had roles, kept for its scripts.
 */
final class PresentedKey {

    static final String ADMIN_KEY_HEADER = "X-Admin-Key";
    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    private PresentedKey() {
    }

    /** Whether the request carries credentials at all, well formed or not. */
    static boolean present(String authorization, String adminKey) {
        return authorization != null || adminKey != null;
    }

    /** The key in the request; empty when the credentials it carries are malformed (then they are refused). */
    static Optional<String> of(String authorization, String adminKey) {
        if (authorization == null) {
            return nonBlank(adminKey);
        }
        if (startsWithIgnoringCase(authorization, BEARER)) {
            return nonBlank(authorization.substring(BEARER.length()));
        }
        if (startsWithIgnoringCase(authorization, BASIC)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                        StandardCharsets.UTF_8);
                return nonBlank(pair.substring(pair.indexOf(':') + 1));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithIgnoringCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}

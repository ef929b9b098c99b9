package org.bulletinpipeline.access;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

/**
 * Reads the {@code <sha256-hex> <name> [role,role]} lines of a keys file, for example
 * {@code 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 newsroom-yuzhou feed} or
 * {@code ... ops-oncall admin,reader}. A line without roles is a feed's key.
 */
final class KeyLines {

    private static final Logger LOG = Logger.getLogger(KeyLines.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]++");
    private static final Set<String> KNOWN_ROLES = Set.of(Roles.FEED, Roles.READER, Roles.ADMIN);

    private KeyLines() {
    }

    static Map<String, KeyHolder> parse(String content) {
        Map<String, KeyHolder> keys = new HashMap<>();
        for (String line : content.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = BLANKS.split(trimmed, 2);
            Optional<KeyHolder> holder = fields.length == 2 ? holder(fields[0], fields[1]) : Optional.empty();
            if (holder.isEmpty()) {
                LOG.warn("ignoring a malformed line in the keys file: it must be '<sha256-hex> <name> [role,role]'");
                continue;
            }
            keys.put(fields[0].toLowerCase(Locale.ROOT), holder.get());
        }
        return Map.copyOf(keys);
    }

    /** The holder described by {@code "<name> [role,role]"} for a SHA-256 hex digest, if both are well formed. */
    static Optional<KeyHolder> holder(String sha256Hex, String nameAndRoles) {
        if (!SHA256_HEX.matcher(sha256Hex).matches()) {
            return Optional.empty();
        }
        String[] fields = BLANKS.split(nameAndRoles.strip());
        if (fields.length == 0 || fields[0].isEmpty() || fields.length > 2) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : (fields.length == 2 ? fields[1] : Roles.FEED).split(",")) {
            String known = role.strip().toLowerCase(Locale.ROOT);
            if (!KNOWN_ROLES.contains(known)) {
                return Optional.empty();
            }
            roles.add(known);
        }
        return Optional.of(new KeyHolder(fields[0], roles));
    }
}

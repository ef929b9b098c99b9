package org.bulletinpipeline.query.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;


/**
 * Where the next page starts, opaque to clients. Date and arrival orders are keyset cursors (the sort value and the
 * id of the last item), so pages never shift when articles arrive; relevance pages are an offset into the ranking.
 */
public sealed interface SearchCursor {

    record AfterDate(LocalDate date, String id) implements SearchCursor {
    }

    record AfterStored(Instant storedAt, String id) implements SearchCursor {
    }

    record Offset(int offset) implements SearchCursor {
    }

    static String encode(SearchCursor cursor) {
        String text = switch (cursor) {
            case AfterDate d -> "d|" + d.date() + "|" + d.id();
            case AfterStored s -> "s|" + s.storedAt() + "|" + s.id();
            case Offset o -> "r|" + o.offset();
        };
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor for {@code sort}; one issued for another order, or not issued at all, is a bad query. */
    static SearchCursor decode(String cursor, SearchSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            SearchCursor decoded = switch (parts[0]) {
                case "d" -> parts.length == 3 ? new AfterDate(LocalDate.parse(parts[1]), parts[2]) : null;
                case "s" -> parts.length == 3 ? new AfterStored(Instant.parse(parts[1]), parts[2]) : null;
                case "r" -> parts.length == 2 ? new Offset(Integer.parseInt(parts[1])) : null;
                default -> null;
            };
            boolean fits = switch (sort) {
                case DATE -> decoded instanceof AfterDate;
                case STORED -> decoded instanceof AfterStored;
                case RELEVANCE -> decoded instanceof Offset o && o.offset() >= 0;
            };
            if (!fits) {
                throw invalid();
            }
            return decoded;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static BadQueryException invalid() {
        return new BadQueryException("invalid-cursor", "The cursor is not one this API returned for this sort.");
    }
}

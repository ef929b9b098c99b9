package org.bulletinpipeline.query.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Counts for an overview: articles per day, publication, topic and kind; bulletins per status; arrivals per hour. */
public record Stats(long articles, long bulletins, List<KeyCount> bulletinsByStatus, List<DayCount> byDay,
                    List<KeyCount> byPublication, List<KeyCount> byTopic, List<KeyCount> byKind,
                    List<HourCount> storedLast48Hours) {

    public record KeyCount(String key, long count) {
    }

    public record DayCount(LocalDate date, long count) {
    }

    public record HourCount(Instant hour, long count) {
    }
}

package org.bulletinpipeline.nlp.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bulletinpipeline.nlp.extract.model.FactType;
import org.bulletinpipeline.nlp.extract.model.PlaceLevel;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;
import org.junit.jupiter.api.Test;

/**
 * A page without stops holding a count every few characters is read in time linear in its length: a number's
 * sentence is read back a bounded distance, its place and day found by binary search.
 */
class CaseCountReaderLengthTest {

    /** A hang guard, not a timing goal: a reader quadratic in the length takes minutes here. */
    private static final Duration HANG = Duration.ofSeconds(30);

    @Test
    void aLongPageWithoutStopsIsReadInLinearTime() {
        String day = "2\u67083\u65e50-24\u65f6\uFF0C";
        String statement = "\u6c5f\u897f\u7701\u65b0\u589e\u786e\u8bca\u75c5\u4f8b3\u4f8b,";
        int repeats = 30_000;
        StringBuilder text = new StringBuilder(day);
        List<PlaceRecognizer.Mention> places = new ArrayList<>(repeats);
        for (int i = 0; i < repeats; i++) {
            places.add(new PlaceRecognizer.Mention("\u6c5f\u897f\u7701", PlaceLevel.PROVINCE, "360000", text.length(),
                    text.length() + 3));
            text.append(statement);
        }
        List<CaseCountReader.Day> days = List.of(new CaseCountReader.Day(LocalDate.of(2020, 2, 3), 0));
        List<CaseCountReader.Count> counts = assertTimeoutPreemptively(HANG,
                () -> new CaseCountReader().read(text.toString(), places, days, kind -> null));
        assertEquals(repeats, counts.size());
        assertEquals(FactType.CONFIRMED_CASES, counts.get(repeats - 1).type());
        assertEquals("360000", counts.get(repeats - 1).place().code());
    }
}

package org.bulletinpipeline.query.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

class ReadAdmissionTest {

    private static ReadAdmission admission(int exports, int streams) {
        return new ReadAdmission(new ReadLimits() {
            @Override
            public int maxExports() {
                return exports;
            }

            @Override
            public int maxStreams() {
                return streams;
            }

            @Override
            public int retryAfterSeconds() {
                return 7;
            }
        }, new SimpleMeterRegistry());
    }

    @Test
    void anExportBeyondTheLimitIsTurnedAwayWithItsRetryAfter() {
        ReadAdmission admission = admission(2, 1);
        ReadAdmission.Place first = admission.export();
        admission.export();
        TooManyException refused = assertThrows(TooManyException.class, admission::export);
        assertEquals("too-many-exports", refused.problemType());
        assertEquals(7, refused.retryAfterSeconds());
        first.close();
        admission.export();
    }

    @Test
    void aPlaceClosedTwiceIsGivenBackOnce() {
        ReadAdmission admission = admission(1, 1);
        ReadAdmission.Place stream = admission.stream();
        stream.close();
        stream.close();
        admission.stream();
        assertEquals("too-many-streams", assertThrows(TooManyException.class, admission::stream).problemType());
    }

    @Test
    void exportsAndStreamsHaveTheirOwnPlaces() {
        ReadAdmission admission = admission(1, 1);
        admission.export();
        admission.stream();
        assertThrows(TooManyException.class, admission::export);
        assertThrows(TooManyException.class, admission::stream);
    }
}

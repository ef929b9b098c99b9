package org.bulletinpipeline.nlp.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;

import org.junit.jupiter.api.Test;

class ExtractionSlotsTest {

    private static ExtractLimits limits(int concurrent) {
        return new ExtractLimits() {
            @Override
            public MemorySize maxSize() {
                return new MemorySize(BigInteger.valueOf(5L << 20));
            }

            @Override
            public int maxConcurrent() {
                return concurrent;
            }

            @Override
            public int retryAfterSeconds() {
                return 1;
            }
        };
    }

    @Test
    void aRequestBeyondTheFreeSlotsIsTurnedAwayAndTheSlotComesBack() {
        ExtractionSlots slots = new ExtractionSlots(limits(2));
        Optional<Optional<Optional<String>>> nested = slots.tryRun(() -> slots.tryRun(() -> slots.tryRun(() -> "third")));
        assertEquals(Optional.of(Optional.of(Optional.empty())), nested, "two run at once, the third is refused");
        assertEquals(Optional.of("again"), slots.tryRun(() -> "again"));
    }

    @Test
    void aFailingExtractionGivesItsSlotBack() {
        ExtractionSlots slots = new ExtractionSlots(limits(1));
        try {
            slots.tryRun(() -> {
                throw new IllegalStateException("extraction failed");
            });
        } catch (IllegalStateException expected) {
            assertEquals("extraction failed", expected.getMessage());
        }
        assertEquals(Optional.of("next"), slots.tryRun(() -> "next"));
    }
}

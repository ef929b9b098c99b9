package org.bulletinpipeline.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.bulletinpipeline.contracts.event.BulletinReceived;
import org.bulletinpipeline.contracts.event.BulletinSource;
import org.junit.jupiter.api.Test;

/**
 * A BulletinReceived that breaks its contract is refused before it reaches an emitter: there are none here, so a
 * send would fail otherwise than with the schema's words.
 */
class PublishedEventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void anEventWithAMalformedIdIsNeverSent() {
        BulletinPublisher publisher = new BulletinPublisher(null, null, JSON);
        BulletinReceived event = new BulletinReceived(BulletinReceived.SCHEMA_VERSION, "Not An Id",
                Instant.parse("2022-05-17T08:00:00Z"), BulletinSource.unknown(), null, "\u6b63\u6587");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> publisher.publish(event, Duration.ofSeconds(1)));
        assertTrue(refused.getMessage().startsWith("bulletin Not An Id breaks bulletin-received.v2.schema.json: "
                + "/bulletinId: does not match the regex pattern"), refused.getMessage());
    }
}

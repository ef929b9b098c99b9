package org.bulletinpipeline.nlp.observability;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.eclipse.microprofile.reactive.messaging.Message;

/** The Kafka key an outgoing event was given: the bulletin id, for every event the consumer publishes. */
final class OutgoingKeys {

    private OutgoingKeys() {
    }

    static String of(Message<?> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .map(OutgoingKafkaRecordMetadata::getKey)
                .map(Object::toString)
                .orElse(null);
    }
}

package org.bulletinpipeline.nlp.messaging;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;

import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Test consumers start at the end of the topics, so a test must not produce before they own their partitions:
 * start-up of the application under test ends only when every incoming channel's group owns all of them.
 */
@ApplicationScoped
class ConsumersAssignedAtStartup {

    void awaitAssignment(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event,
                         Config config) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                String channel = name.substring("mp.messaging.incoming.".length(), name.length() - ".topic".length());
                String group = config.getValue("mp.messaging.incoming." + channel + ".group.id", String.class);
                KafkaTestConfig.awaitAssignment(config.getValue("kafka.bootstrap.servers", String.class), group,
                        config.getValue(name, String.class), Duration.ofSeconds(60));
            }
        }
    }
}

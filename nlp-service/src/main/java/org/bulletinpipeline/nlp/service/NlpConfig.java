package org.bulletinpipeline.nlp.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "nlp")
public interface NlpConfig {

    /** Written into every ArticleExtracted event; query-service replaces a bulletin's articles when it changes. */
    @WithDefault("1.0.0")
    String pipelineVersion();

    /** How a publish the broker could not take (it is down, electing a leader, short of replicas) is tried again. */
    PublishRetry publishRetry();

    interface PublishRetry {

        /** The wait before the second attempt; it doubles with each further attempt up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /**
         * A guard on one attempt, which the producer itself ends within {@code max.block.ms} plus
         * {@code delivery.timeout.ms} (40 s): well beyond that, so a record the producer still holds is not sent a
         * second time.
         */
        @WithDefault("2m")
        Duration attemptTimeout();
    }
}

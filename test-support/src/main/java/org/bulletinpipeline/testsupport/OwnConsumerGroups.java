package org.bulletinpipeline.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For a packaged service under test ({@code @QuarkusIntegrationTest}, which runs it in the test profile): the
 * consumer groups of its incoming channels are new for this run and start at the current end of their topics, so
 * the service neither replays what earlier runs left on the shared broker nor takes records from a system started
 * by ./run.sh beside it. Init args: {@code service}, and {@code channels} as {@code channel=topic,...}.
 */
public class OwnConsumerGroups implements QuarkusTestResourceLifecycleManager {

    private String service;
    private final Map<String, String> topicsByChannel = new LinkedHashMap<>();

    @Override
    public void init(Map<String, String> args) {
        service = args.get("service");
        for (String pair : args.get("channels").split(",")) {
            String[] channelTopic = pair.strip().split("=", 2);
            topicsByChannel.put(channelTopic[0], channelTopic[1]);
        }
    }

    @Override
    public Map<String, String> start() {
        String group = service + "-it-" + System.getProperty("test.run.id", "local") + "-"
                + Long.toString(System.nanoTime(), 36);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kafka.bootstrap.servers", KafkaTestConfig.bootstrapServers());
        topicsByChannel.forEach((channel, topic) -> {
            KafkaTestConfig.startGroupAtEnd(group, topic);
            // profile-qualified, or the test profile's own group name would win on the JVM; plain as well, since a
            // native executable built in the prod profile reads the channels' prod values
            settings.put("%test.mp.messaging.incoming." + channel + ".group.id", group);
            settings.put("mp.messaging.incoming." + channel + ".group.id", group);
        });
        return settings;
    }

    @Override
    public void stop() {
        // the groups stay on the broker with their last commits, like any consumer group that stopped
    }
}

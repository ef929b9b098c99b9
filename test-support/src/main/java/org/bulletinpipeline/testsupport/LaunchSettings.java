package org.bulletinpipeline.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Hands its init args to a packaged service under test as plain settings. A native executable built in the prod
 * profile does not take every test-profile value of application.properties (the outgoing channels' topics keep
 * their prod value), so what an integration test depends on is passed explicitly.
 */
public class LaunchSettings implements QuarkusTestResourceLifecycleManager {

    private Map<String, String> settings = Map.of();

    @Override
    public void init(Map<String, String> args) {
        settings = Map.copyOf(args);
    }

    @Override
    public Map<String, String> start() {
        return settings;
    }

    @Override
    public void stop() {
        // nothing was started
    }
}

package org.bulletinpipeline.ingest.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import org.bulletinpipeline.testsupport.LaunchSettings;

/** {@link RefusalResourceTest} against the packaged service. */
@QuarkusIntegrationTest
@WithTestResource(value = LaunchSettings.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs =
        @ResourceArg(name = "mp.messaging.outgoing.bulletins-raw.topic", value = IngestApi.RAW_TOPIC))
class RefusalResourceIT extends RefusalResourceTest {
}

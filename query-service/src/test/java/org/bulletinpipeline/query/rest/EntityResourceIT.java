package org.bulletinpipeline.query.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import org.bulletinpipeline.testsupport.OwnConsumerGroups;

/** {@link EntityResourceTest} against the packaged service, fed through the real broker and stored in PostgreSQL. */
@QuarkusIntegrationTest
@WithTestResource(value = OwnConsumerGroups.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
        @ResourceArg(name = "service", value = PackagedService.NAME),
        @ResourceArg(name = "channels", value = PackagedService.CHANNELS)})
class EntityResourceIT extends EntityResourceTest {
}

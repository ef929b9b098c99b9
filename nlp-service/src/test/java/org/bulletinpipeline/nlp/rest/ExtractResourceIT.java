package org.bulletinpipeline.nlp.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import org.bulletinpipeline.testsupport.OwnConsumerGroups;

/** The extraction API's tests against the packaged service. */
@QuarkusIntegrationTest
@WithTestResource(value = OwnConsumerGroups.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
        @ResourceArg(name = "service", value = "nlp-service"),
        @ResourceArg(name = "channels", value = "bulletins-raw=bulletins.raw")})
class ExtractResourceIT extends ExtractResourceTest {
}

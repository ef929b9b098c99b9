package org.bulletinpipeline.nlp.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import org.bulletinpipeline.testsupport.OwnConsumerGroups;

/** Bulletins in, articles or dead letters out, through the packaged service. */
@QuarkusIntegrationTest
@WithTestResource(value = OwnConsumerGroups.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
        @ResourceArg(name = "service", value = "nlp-service"),
        @ResourceArg(name = "channels", value = "bulletins-raw=bulletins.raw")})
class BulletinConsumerIT extends BulletinConsumerTest {
}

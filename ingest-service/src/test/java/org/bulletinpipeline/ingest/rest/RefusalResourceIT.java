package org.bulletinpipeline.ingest.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RefusalResourceTest} against the packaged service. */
@QuarkusIntegrationTest
class RefusalResourceIT extends RefusalResourceTest {
}

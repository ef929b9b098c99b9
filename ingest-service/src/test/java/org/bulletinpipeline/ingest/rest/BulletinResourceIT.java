package org.bulletinpipeline.ingest.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BulletinResourceTest} against the packaged service. */
@QuarkusIntegrationTest
class BulletinResourceIT extends BulletinResourceTest {
}

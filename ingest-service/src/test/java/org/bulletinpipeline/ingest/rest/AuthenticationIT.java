package org.bulletinpipeline.ingest.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AuthenticationTest} against the packaged service. */
@QuarkusIntegrationTest
class AuthenticationIT extends AuthenticationTest {
}

package org.bulletinpipeline.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PresentedKeyTest {

    @Test
    void theKeyIsReadFromBearerBasicOrTheAdminHeader() {
        assertEquals(Optional.of("local-dev-key"), PresentedKey.of("Bearer local-dev-key", null));
        assertEquals(Optional.of("local-dev-key"), PresentedKey.of("bearer  local-dev-key ", null));
        // a browser's login prompt: user "reader", password the key ("reader:local-read-key")
        assertEquals(Optional.of("local-read-key"), PresentedKey.of("Basic cmVhZGVyOmxvY2FsLXJlYWQta2V5", null));
        assertEquals(Optional.of("local-admin-key"), PresentedKey.of(null, "local-admin-key"));
    }

    @Test
    void malformedCredentialsHoldNoKeyButCountAsPresented() {
        assertEquals(Optional.empty(), PresentedKey.of("Token local-dev-key", null));
        assertEquals(Optional.empty(), PresentedKey.of("Bearer ", null));
        assertEquals(Optional.empty(), PresentedKey.of("Basic %%%", null));
        assertEquals(Optional.empty(), PresentedKey.of(null, " "));
        assertTrue(PresentedKey.present("Token local-dev-key", null));
        assertFalse(PresentedKey.present(null, null));
    }
}

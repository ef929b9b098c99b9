package org.bulletinpipeline.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeyLinesTest {

    @Test
    void theKeysFileNamesHoldersAndRolesByHash() {
        String feedHash = KeyRing.sha256("yuzhou-secret");
        String adminHash = KeyRing.sha256("ops-secret");
        String readerHash = KeyRing.sha256("archive-secret");
        Map<String, KeyHolder> keys = KeyLines.parse("""
                # newsroom feeds
                %s  newsroom-yuzhou
                %s ops-oncall admin,reader
                %s\tarchive reader
                not-a-hash someone
                %s someone astronaut
                """.formatted(feedHash, adminHash.toUpperCase(), readerHash, KeyRing.sha256("x")));
        assertEquals(Map.of(feedHash, new KeyHolder("newsroom-yuzhou", Set.of(Roles.FEED)),
                adminHash, new KeyHolder("ops-oncall", Set.of(Roles.ADMIN, Roles.READER)),
                readerHash, new KeyHolder("archive", Set.of(Roles.READER))), keys);
    }

    @Test
    void aConfiguredHolderNeedsANameAndKnownRoles() {
        String hash = KeyRing.sha256("k");
        assertEquals(Optional.of(new KeyHolder("newsroom", Set.of(Roles.FEED))), KeyLines.holder(hash, "newsroom"));
        assertEquals(Optional.empty(), KeyLines.holder(hash, " "));
        assertEquals(Optional.empty(), KeyLines.holder(hash, "newsroom superuser"));
        assertEquals(Optional.empty(), KeyLines.holder("abc", "newsroom feed"));
    }

    @Test
    void hashesAreTheUsualSha256Hex() {
        // echo -n test-feed-key | sha256sum
        assertEquals("1be18cd602c5a10acd1c5465eb458b38d2f38e288c6bf1adffff73a229920b87",
                KeyRing.sha256("test-feed-key"));
    }
}

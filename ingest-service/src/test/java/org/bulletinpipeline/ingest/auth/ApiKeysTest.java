package org.bulletinpipeline.ingest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void theKeysFileNamesFeedsAndAdminsByHash() {
        String feedHash = ApiKeyHashes.sha256("yuzhou-secret");
        String adminHash = ApiKeyHashes.sha256("ops-secret");
        Map<String, Caller> keys = ApiKeys.parse("""
                # newsroom feeds
                %s  newsroom-yuzhou
                %s ops-oncall admin
                not-a-hash someone
                """.formatted(feedHash, adminHash.toUpperCase()));
        assertEquals(Map.of(feedHash, new Caller("newsroom-yuzhou", false), adminHash, new Caller("ops-oncall", true)),
                keys);
    }

    @Test
    void hashesAreTheUsualSha256Hex() {
        // echo -n test-feed-key | sha256sum
        assertEquals("1be18cd602c5a10acd1c5465eb458b38d2f38e288c6bf1adffff73a229920b87",
                ApiKeyHashes.sha256("test-feed-key"));
    }
}

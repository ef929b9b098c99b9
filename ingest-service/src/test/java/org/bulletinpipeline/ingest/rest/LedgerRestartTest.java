package org.bulletinpipeline.ingest.rest;

import static org.awaitility.Awaitility.await;
import static org.bulletinpipeline.ingest.rest.IngestApi.FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.QUIET;
import static org.bulletinpipeline.ingest.rest.IngestApi.WAIT;
import static org.bulletinpipeline.ingest.rest.IngestApi.as;
import static org.bulletinpipeline.ingest.rest.IngestApi.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.bulletinpipeline.access.KeyRing;
import org.bulletinpipeline.ingest.ledger.BulletinLedger;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/**
 * A second life of the application (its own profile, so Quarkus starts it afresh, with the folder watch and a keys
 * file): what the first life accepted is still known, from the ledger topic alone.
 */
@QuarkusTest
@TestProfile(LedgerRestartTest.Restarted.class)
class LedgerRestartTest {

    static final Path INBOX = Path.of("target", "watch-inbox");
    static final Path KEYS = Path.of("target", "test-api-keys");

    public static class Restarted implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            deleteRecursively(INBOX);
            try {
                Files.writeString(KEYS, "# <sha256-hex> <name> [role,role]\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("ingest.watch.enabled", "true", "ingest.watch.directory", INBOX.toString(),
                    "ingest.watch.interval", "200ms", "ingest.watch.feed", "test-folder",
                    "bulletin.access.keys-file", KEYS.toString(), "bulletin.access.keys-file-check-interval", "200ms");
        }
    }

    @Inject
    BulletinLedger ledger;

    @Test
    void aBulletinAcceptedBeforeTheRestartIsADuplicateAfterIt() {
        // until the ledger topic is read again, every bulletin is answered 503 not-ready, never 202
        await().atMost(WAIT).until(ledger::ready);
        String text = System.getProperty(BulletinResourceTest.RESTART_PROBE);
        assertNotNull(text, "BulletinResourceTest runs first and leaves a bulletin behind");
        String id = System.getProperty("restart-probe.id");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            as(FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins")
                    .then().statusCode(200)
                    .body("bulletinId", equalTo(id))
                    .body("duplicate", equalTo(true));
            assertEquals(List.of(), raw.drain(r -> id.equals(r.key()), QUIET));
        }
    }

    @Test
    void filesDroppedIntoTheWatchedFolderAreIngestedAndMoved() throws IOException {
        String text = BulletinResourceTest.unique(Samples.text(Samples.NAMES.get(1)));
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            Files.createDirectories(INBOX);
            // written under a temporary name and renamed, as editorial systems deliver, so no half file is read
            String page = "page-3-" + UUID.randomUUID() + ".txt";
            Path part = INBOX.resolve(page + ".part");
            Files.write(part, text.getBytes(Charset.forName("GBK")));
            Files.move(part, INBOX.resolve(page));
            Files.write(INBOX.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J'});

            await().atMost(WAIT).until(() -> Files.exists(INBOX.resolve("done/" + page))
                    && Files.exists(INBOX.resolve("failed/photo.jpg.reason")));
            JsonNode event = json(raw.await(r -> r.value().contains("\"fileName\":\"" + page + "\""), 1, WAIT)
                    .get(0).value());
            assertEquals(text, event.get("text").asText());
            assertEquals("test-folder", event.at("/source/feed").asText());
            assertTrue(Files.exists(INBOX.resolve("failed/photo.jpg")));
            assertTrue(Files.readString(INBOX.resolve("failed/photo.jpg.reason"), StandardCharsets.UTF_8)
                    .startsWith("422 binary-content"));
            assertTrue(Files.notExists(INBOX.resolve(page)));
        }
    }

    @Test
    void aKeyAddedToTheKeysFileWorksWithoutARestartAndStopsWhenRemoved() throws IOException {
        String key = "rotated-" + UUID.randomUUID();
        assertEquals(401, statusWith(key));
        Files.writeString(KEYS, KeyRing.sha256(key) + " newsroom-rotated\n");
        // authenticated, and then refused for its empty body
        await().atMost(WAIT).until(() -> statusWith(key) == 400);
        Files.writeString(KEYS, "# revoked\n");
        await().atMost(WAIT).until(() -> statusWith(key) == 401);
    }

    private static int statusWith(String key) {
        return as(key).contentType("text/plain; charset=utf-8").body(new byte[0]).post("/api/bulletins").statusCode();
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

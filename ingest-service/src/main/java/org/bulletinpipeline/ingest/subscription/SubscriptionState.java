package org.bulletinpipeline.ingest.subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

/**
 * The state of every subscribed feed, in a small JSON file rewritten (to a temporary name, then moved over) after each
 * poll, so a restart neither refetches unchanged feeds nor forgets a backoff.
 */
public class SubscriptionState {

    private static final Logger LOG = Logger.getLogger(SubscriptionState.class);

    private final Path file;
    private final ObjectMapper json;
    private final Map<String, FeedState> feeds = new TreeMap<>();

    public SubscriptionState(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
        if (Files.isRegularFile(file)) {
            try {
                feeds.putAll(json.readValue(file.toFile(), new TypeReference<Map<String, FeedState>>() { }));
            } catch (IOException e) {
                LOG.warnf("subscription state %s unreadable, every feed is fetched afresh: %s", file, e.getMessage());
            }
        }
    }

    /** The state of a feed; a feed whose URL changed starts afresh. */
    public synchronized FeedState get(String name, String url) {
        FeedState state = feeds.get(name);
        return state != null && url.equals(state.url()) ? state : FeedState.fresh(url);
    }

    public synchronized void put(String name, FeedState state) {
        feeds.put(name, state);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".subscriptions", ".tmp");
            json.writeValue(temporary.toFile(), feeds);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("subscription state not saved to " + file, e);
        }
    }
}

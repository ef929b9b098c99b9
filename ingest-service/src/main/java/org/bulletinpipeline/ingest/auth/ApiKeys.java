package org.bulletinpipeline.ingest.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import org.bulletinpipeline.ingest.service.IngestConfig;
import org.jboss.logging.Logger;

/**
 * The API keys this instance accepts, by SHA-256: those in configuration, the development key when one is set, and
 * those in the keys file, which is re-read when its modification time or size changes (rotate a key by adding the new
 * line, letting the feed switch, then deleting the old line; no restart).
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final IngestConfig.Auth config;
    private final Map<String, Caller> fromConfig;
    private volatile Map<String, Caller> fromFile = Map.of();
    private volatile FileStamp fileStamp;

    public ApiKeys(IngestConfig config) {
        this.config = config.auth();
        Map<String, Caller> keys = new HashMap<>();
        this.config.keys().forEach((hash, feed) -> keys.put(hash.toLowerCase(Locale.ROOT), new Caller(feed, false)));
        this.config.adminKeys().forEach((hash, name) -> keys.put(hash.toLowerCase(Locale.ROOT), new Caller(name, true)));
        this.config.devKey().filter(key -> !key.isBlank())
                .ifPresent(key -> keys.put(ApiKeyHashes.sha256(key), new Caller(this.config.devFeed(), false)));
        this.fromConfig = Map.copyOf(keys);
        reloadIfChanged();
    }

    /** The caller a presented key belongs to, if any. */
    public Optional<Caller> authenticate(String presentedKey) {
        String hash = ApiKeyHashes.sha256(presentedKey);
        Caller caller = fromFile.get(hash);
        return Optional.ofNullable(caller != null ? caller : fromConfig.get(hash));
    }

    @Scheduled(every = "${ingest.auth.keys-file-check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadIfChanged() {
        Optional<Path> file = config.keysFile();
        if (file.isEmpty()) {
            return;
        }
        try {
            FileStamp stamp = new FileStamp(Files.getLastModifiedTime(file.get()), Files.size(file.get()));
            if (stamp.equals(fileStamp)) {
                return;
            }
            Map<String, Caller> keys = parse(Files.readString(file.get(), StandardCharsets.UTF_8));
            fromFile = keys;
            fileStamp = stamp;
            LOG.infof("loaded %d API keys from %s", keys.size(), file.get());
        } catch (IOException e) {
            LOG.warnf("cannot read the keys file %s (%s); keeping the keys loaded before", file.get(), e.getMessage());
        }
    }

    /** Lines like {@code 9f86d081884c7d65...0f00a08 newsroom-yuzhou} or {@code ... ops-oncall admin}; # comments. */
    static Map<String, Caller> parse(String content) {
        Map<String, Caller> keys = new HashMap<>();
        for (String line : content.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            if (fields.length < 2 || !fields[0].matches("[0-9a-fA-F]{64}")) {
                LOG.warnf("ignoring a malformed line in the keys file: it must be '<sha256-hex> <name> [admin]'");
                continue;
            }
            boolean admin = fields.length > 2 && "admin".equalsIgnoreCase(fields[2]);
            keys.put(fields[0].toLowerCase(Locale.ROOT), new Caller(fields[1], admin));
        }
        return Map.copyOf(keys);
    }

    /** Size as well as time: two saves within the file system's timestamp granularity still differ in length. */
    private record FileStamp(FileTime modified, long size) {
    }
}

package org.bulletinpipeline.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;

/**
 * The keys this instance accepts, by SHA-256 (configuration and memory never hold a usable key): those in
 * configuration, the development key when one is set, and those in the keys file, re-read when its modification time
 * or size changes (rotate a key by adding the new line, letting the client switch, then deleting the old line).
 */
@ApplicationScoped
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class);

    private final Optional<Path> keysFile;
    private final Map<String, KeyHolder> fromConfig;
    private volatile Map<String, KeyHolder> fromFile = Map.of();
    private volatile FileStamp fileStamp;

    public KeyRing(AccessConfig config) {
        this.keysFile = config.keysFile();
        Map<String, KeyHolder> keys = new HashMap<>();
        config.keys().forEach((hash, holder) -> KeyLines.holder(hash, holder).ifPresentOrElse(
                valid -> keys.put(hash.toLowerCase(Locale.ROOT), valid),
                () -> LOG.warnf("ignoring bulletin.access.keys.\"%s\": it must be '<name> [role,role]'", hash)));
        config.devKey().filter(key -> !key.isBlank())
                .ifPresent(key -> keys.put(sha256(key), new KeyHolder(config.devName(), Set.of(Roles.FEED))));
        this.fromConfig = Map.copyOf(keys);
        reloadIfChanged();
    }

    /** Who a presented key belongs to, if anyone. */
    public Optional<KeyHolder> holderOf(String presentedKey) {
        String hash = sha256(presentedKey);
        KeyHolder holder = fromFile.get(hash);
        return Optional.ofNullable(holder != null ? holder : fromConfig.get(hash));
    }

    /** Lower-case hex SHA-256 of a key: what goes into bulletin.access.keys or the keys file. */
    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Scheduled(every = "${bulletin.access.keys-file-check-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadIfChanged() {
        if (keysFile.isEmpty()) {
            return;
        }
        Path file = keysFile.get();
        try {
            FileStamp stamp = new FileStamp(Files.getLastModifiedTime(file), Files.size(file));
            if (stamp.equals(fileStamp)) {
                return;
            }
            Map<String, KeyHolder> keys = KeyLines.parse(Files.readString(file, StandardCharsets.UTF_8));
            fromFile = keys;
            fileStamp = stamp;
            LOG.infof("loaded %d API keys from %s", keys.size(), file);
        } catch (IOException e) {
            LOG.warnf("cannot read the keys file %s (%s); keeping the keys loaded before", file, e.getMessage());
        }
    }

    /** Size as well as time: two saves within the file system's timestamp granularity still differ in length. */
    private record FileStamp(FileTime modified, long size) {
    }
}

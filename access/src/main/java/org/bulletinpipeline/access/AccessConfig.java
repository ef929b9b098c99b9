package org.bulletinpipeline.access;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which keys a service accepts and whether reading needs one; each key is also an env var (BULLETIN_ACCESS_...). */
@ConfigMapping(prefix = "bulletin.access")
public interface AccessConfig {

    /**
     * Keys in configuration: lower-case hex SHA-256 of the key (echo -n "$KEY" | sha256sum) to
     * {@code "<name> [role,role]"}, for example {@code "newsroom-yuzhou feed"}; without roles the key is a feed's.
     */
    Map<String, String> keys();

    /**
     * A file of further keys, one {@code <sha256-hex> <name> [role,role]} per line (# comments), re-read when it
     * changes: keys are added, rotated and revoked without a restart. In a cluster it is mounted from a Secret.
     */
    Optional<Path> keysFile();

    /** How often the keys file is checked for changes. */
    @WithDefault("5s")
    Duration keysFileCheckInterval();

    /**
     * A development key in clear (BULLETIN_DEV_KEY in the dev and test profiles), a feed's key named
     * {@link #devName()}. The prod profile does not read it: a packaged service accepts only hashed keys.
     */
    Optional<String> devKey();

    /** The feed the development key stands for. */
    @WithDefault("dev")
    String devName();

    /**
     * Whether reading is open to anyone: a request without a key then reads as a reader. Set to false
     * (BULLETIN_ACCESS_OPEN_READING=false) to require a reader key for query-service's API, stream and dashboard.
     */
    @WithDefault("true")
    boolean openReading();
}

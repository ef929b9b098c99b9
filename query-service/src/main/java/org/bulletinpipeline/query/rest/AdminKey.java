package org.bulletinpipeline.query.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The configured admin key and the check of a presented one. A bean of its own because the filter is created at
 * start-up, before the runtime configuration exists; this one is created on the first admin request.
 */
@ApplicationScoped
public class AdminKey {

    public enum Verdict { ACCEPTED, DISABLED, MISSING, WRONG }

    private final Optional<byte[]> expected;

    public AdminKey(AdminConfig config) {
        this.expected = config.key().filter(key -> !key.isBlank()).map(AdminKey::sha256);
    }

    public Verdict check(String presented) {
        if (expected.isEmpty()) {
            return Verdict.DISABLED;
        }
        if (presented == null || presented.isEmpty()) {
            return Verdict.MISSING;
        }
        // digests of equal length compared in constant time: neither the key's length nor a common prefix leaks
        return MessageDigest.isEqual(sha256(presented), expected.get()) ? Verdict.ACCEPTED : Verdict.WRONG;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package org.bulletinpipeline.query.rest;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The admin API's key; QUERY_ADMIN_KEY sets it. Without one the admin API is disabled. */
@ConfigMapping(prefix = "query.admin")
public interface AdminConfig {

    /** What {@code X-Admin-Key} must be. Only the dev and test profiles have a default. */
    Optional<String> key();
}

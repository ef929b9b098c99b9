package org.bulletinpipeline.access;

import java.util.Set;

/** Who a key belongs to: its name (for a feed, what becomes source.feed) and its roles. */
public record KeyHolder(String name, Set<String> roles) {

    public KeyHolder {
        roles = Set.copyOf(roles);
    }
}

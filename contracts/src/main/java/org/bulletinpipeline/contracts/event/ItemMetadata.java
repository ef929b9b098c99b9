package org.bulletinpipeline.contracts.event;

import java.time.OffsetDateTime;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a structured document (a feed item, a NITF or NewsML-G2 story, a ninjs object) says about the story it
 * carries, kept as given so that extraction fills only what is missing: {@code headline} is the article's title,
 * {@code byline} and {@code dateline} are the item's own ("By Meredith Jameson", "北京5月17日电"),
 * {@code publishedAt} keeps the offset the item was stamped with, {@code originalId} is the item's id in its format
 * (an RSS guid, an Atom id, a NewsML-G2 guid, a ninjs uri), from which the bulletin id is derived.
 */
@RegisterForReflection
public record ItemMetadata(String format, String originalId, String headline, String byline, String dateline,
                           String language, OffsetDateTime publishedAt) {
}

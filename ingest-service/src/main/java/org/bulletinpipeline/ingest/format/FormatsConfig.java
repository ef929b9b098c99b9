package org.bulletinpipeline.ingest.format;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How structured documents are read (ingest.formats.*, env INGEST_FORMATS_*). */
@ConfigMapping(prefix = "ingest.formats")
public interface FormatsConfig {

    /**
     * The zone of a published time given without offset ("20220517T083000", a bare date) and the zone an RSS date is
     * shown in, ROME keeping its instant only: the newspapers this pipeline reads print in China Standard Time.
     */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}

package org.bulletinpipeline.nlp.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "nlp")
public interface NlpConfig {

    /** Written into every ArticleExtracted event; query-service replaces a bulletin's articles when it changes. */
    @WithDefault("1.0.0")
    String pipelineVersion();
}

package org.bulletinpipeline.query.format;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How articles are written in the news formats (query.formats.*, env QUERY_FORMATS_*). */
@ConfigMapping(prefix = "query.formats")
public interface FormatsConfig {

    /** The public base URL of this API: articles' identifiers are {@code <base>/api/articles/<articleId>}. */
    @WithDefault("http://localhost:8083")
    String baseUrl();

    /** BCP 47 language of the articles: the newspapers read here print in Simplified Chinese. */
    @WithDefault("zh-CN")
    String language();

    /** The zone dates are stamped in when a format wants a time: China Standard Time. */
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId zone();
}

package org.bulletinpipeline.query.rest;

/** What the *IT classes give {@link org.bulletinpipeline.testsupport.OwnConsumerGroups} for the packaged service. */
final class PackagedService {

    static final String NAME = "query-service";
    static final String CHANNELS =
            "articles-extracted=articles.extracted,bulletins-raw=bulletins.raw,bulletins-dlq=bulletins.dlq";

    private PackagedService() {
    }
}

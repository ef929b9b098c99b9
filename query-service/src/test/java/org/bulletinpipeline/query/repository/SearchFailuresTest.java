package org.bulletinpipeline.query.repository;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.sql.SQLException;

import org.bulletinpipeline.query.search.SearchTimeoutException;
import org.junit.jupiter.api.Test;

class SearchFailuresTest {

    @Test
    void aStatementCancelledByTheTimeoutIsASearchTimeout() {
        assertInstanceOf(SearchTimeoutException.class, SearchRepository.failed("search",
                new SQLException("ERROR: canceling statement due to statement timeout", "57014")));
        assertInstanceOf(IllegalStateException.class, SearchRepository.failed("search",
                new SQLException("ERROR: relation \"article_search\" does not exist", "42P01")));
    }
}

package org.bulletinpipeline.query.search;

/**
 * A search statement ran past the search pool's statement_timeout and PostgreSQL cancelled it (SQLSTATE 57014):
 * answered with 503 and Retry-After, and the connection goes back to the pool instead of working on for minutes.
 */
public class SearchTimeoutException extends RuntimeException {

    public SearchTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

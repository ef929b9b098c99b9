package org.bulletinpipeline.query.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseRetryTest {

    @Test
    void anUnreachableDatabaseIsWaitedFor() {
        assertTrue(DatabaseRetry.isUnreachableDatabase(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:5432 refused.", "08001"))));
        assertTrue(DatabaseRetry.isUnreachableDatabase(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseRetry.isUnreachableDatabase(new IllegalStateException(
                new SQLTransientConnectionException("pool exhausted"))));
        assertTrue(DatabaseRetry.isUnreachableDatabase(new PersistenceException(
                new SQLException("could not serialize access", "40001"))));
        assertTrue(DatabaseRetry.isUnreachableDatabase(new IllegalStateException(
                new RollbackException("ARJUNA016053: Could not commit transaction."))));
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertFalse(DatabaseRetry.isUnreachableDatabase(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseRetry.isUnreachableDatabase(new IllegalArgumentException("bad event")));
        assertFalse(DatabaseRetry.isUnreachableDatabase(new PersistenceException(new SQLException("no state"))));
        RollbackException refusedAtCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        refusedAtCommit.initCause(new SQLException("value too long for type character varying(80)", "22001"));
        assertFalse(DatabaseRetry.isUnreachableDatabase(new IllegalStateException(refusedAtCommit)));
    }
}

package org.bulletinpipeline.query.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.RollbackException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Applies a record in a transaction of its own, and again, with growing pauses, for as long as PostgreSQL cannot be
 * reached: a consumer that gave up would stop its channel for good, and one that skipped the record would lose it.
 * The record's offset is not committed meanwhile, and readiness reports the database DOWN. Errors that are not
 * about reaching the database are thrown at once, as is everything once the service is shutting down (the record
 * is then read again by whoever takes the partition).
 */
@ApplicationScoped
public class DatabaseRetry {

    private static final Logger LOG = Logger.getLogger(DatabaseRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Applies {@code work} as {@link #inTransaction(Runnable)} does, but a failure that retrying cannot cure (a
     * value PostgreSQL refuses, such as a NUL character or a string longer than its column; a constraint violated)
     * goes to {@code refused}, after the rollback, instead of up the stack: the record is dead-lettered and its
     * offset moves on, where throwing would stop the channel. Failures while the service is shutting down are
     * still thrown, so the record is read again.
     */
    public void inTransaction(Runnable work, Consumer<RuntimeException> refused) {
        try {
            inTransaction(work);
        } catch (RuntimeException e) {
            if (stopping) {
                throw e;
            }
            refused.accept(e);
        }
    }

    public void inTransaction(Runnable work) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                return;
            } catch (RuntimeException e) {
                if (stopping || !isUnreachableDatabase(e)) {
                    throw e;
                }
                LOG.warnf("PostgreSQL unreachable (%s); applying the record again in %d ms", rootMessage(e),
                        pause.toMillis());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Connection failures (SQLSTATE class 08), a server shutting down (57P), serialization failures and deadlocks
     * (40001, 40P01): what goes away by itself. Constraint violations and the like do not, and are not retried.
     * A commit that fails ({@code RollbackException}) is the connection lost under the transaction: the store has
     * no deferred constraints, so nothing else fails at commit. Where PostgreSQL gave a SQLSTATE, it decides: a
     * rollback caused by a value the database refused ({@code 22001}) is that value's fault, not the connection's.
     */
    static boolean isUnreachableDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("08") || state.startsWith("57P") || state.equals("40001")
                        || state.equals("40P01");
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException || t instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }

    /** What a failure says about the record: the SQLSTATE and PostgreSQL's message when it was the database's. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return "PostgreSQL refused it (SQLSTATE " + sql.getSQLState() + "): " + sql.getMessage();
            }
        }
        return failure.getClass().getSimpleName() + ": " + rootMessage(failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

package vn.directive.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, the network gone) from any
 * other failure, and says so to the client: {@code 503 {"error":"database-unavailable","message":…}}. Used by
 * {@link DatabaseUnavailableFilter} (/api/**, and what fails before the engine's REST resources) and
 * {@link EngineRestDatabaseUnavailable} (inside the engine's REST API).
 */
public final class DatabaseUnavailable {

    public static final int STATUS = 503;
    public static final String ERROR = "database-unavailable";
    public static final String MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút. "
            + "Yêu cầu này chưa được thực hiện.";
    /** The body, written by hand so it needs no converter; the message has no character JSON must escape. */
    public static final String BODY = "{\"error\":\"" + ERROR + "\",\"message\":\"" + MESSAGE + "\"}";
    /** Seconds a client should wait before trying again. */
    public static final String RETRY_AFTER = "5";

    private DatabaseUnavailable() {
    }

    /**
     * Whether {@code failure}, or anything that caused it, says the database could not be reached: Spring's
     * {@link CannotGetJdbcConnectionException}, {@link DataAccessResourceFailureException}, a transaction
     * that could not begin for want of a connection or whose commit or rollback failed on it, JDBC's connection exceptions, or an {@link SQLException}
     * whose SQLState is of class 08 (connection exception) or 57P01–57P03 (the server shutting down, starting
     * up, or refusing connections now), as PostgreSQL's driver reports a stopped server.
     */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof CannotCreateTransactionException && causedBySql(t)) {
                return true;
            }
            // a commit or rollback that failed on the connection: the connection, and the server, are gone (the
            // failure that made the transaction roll back is kept aside as the application exception)
            if (t instanceof TransactionSystemException tx && (causedBySql(tx)
                    || tx.getApplicationException() != null && is(tx.getApplicationException()))) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBySql(Throwable t) {
        for (Throwable c = t.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}

package dev.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Runs work in one transaction on a pooled connection: committed when the work returns, rolled back
 * when it throws, so a batch is stored whole or not at all. A foreign key violation, which on the
 * raw-record tables means a record of an unregistered model, is reported as bad input.
 */
final class Transaction {

  /** Work on a connection whose transaction is open. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private Transaction() {}

  static <T> T run(Database database, String what, Work<T> work) {
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      if (isForeignKeyViolation(e)) {
        throw new IllegalArgumentException(
            "modelName: a record's model is not registered; nothing of the batch was stored", e);
      }
      throw new StoreException(what, e);
    }
  }

  private static boolean isForeignKeyViolation(SQLException e) {
    // Drivers wrap a failed batch entry: the cause is in the next-exception chain or the cause.
    for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
      if (cause instanceof SQLiteException sqlite
          && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
        return true;
      }
      if ("23503".equals(cause.getSQLState())) { // PostgreSQL's foreign_key_violation
        return true;
      }
      if (cause.getCause() instanceof SQLException wrapped && wrapped != cause) {
        return isForeignKeyViolation(wrapped);
      }
    }
    return false;
  }
}

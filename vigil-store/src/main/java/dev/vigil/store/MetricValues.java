package dev.vigil.store;

import dev.vigil.core.tracking.MetricPoint;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * How a metric's value is stored: NULL stands for NaN, which SQLite cannot store (it turns NaN into
 * NULL), so that both databases read back what was logged.
 */
final class MetricValues {

  private MetricValues() {}

  static void set(PreparedStatement statement, int index, double value) throws SQLException {
    if (Double.isNaN(value)) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  /** The point in the columns key, value, timestamp, step starting at {@code first}. */
  static MetricPoint point(ResultSet rs, int first) throws SQLException {
    String key = rs.getString(first);
    double value = rs.getDouble(first + 1);
    if (rs.wasNull()) {
      value = Double.NaN;
    }
    return new MetricPoint(key, value, rs.getLong(first + 2), rs.getLong(first + 3));
  }
}

package dev.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads rows of a table keyed by (model_name, prediction_id) for many keys at once: one {@code
 * model_name = ? AND prediction_id IN (...)} query per model and chunk of ids, each id an index
 * probe.
 */
final class KeyLookup {

  /** Makes the entry of the current row. */
  @FunctionalInterface
  interface RowReader<V> {
    Map.Entry<EventKey, V> read(ResultSet row) throws SQLException;
  }

  private KeyLookup() {}

  /**
   * @param select {@code SELECT columns FROM table}, to which the key condition is appended
   */
  static <V> Map<EventKey, V> find(
      Connection connection, String select, Collection<EventKey> keys, RowReader<V> reader)
      throws SQLException {
    Map<EventKey, V> found = new HashMap<>();
    for (Map.Entry<String, List<String>> model : idsByModel(keys).entrySet()) {
      for (List<String> ids : SqlLists.chunks(model.getValue(), SqlLists.KEYS_PER_QUERY)) {
        String sql =
            select
                + " WHERE model_name = ? AND prediction_id IN ("
                + SqlLists.marks(ids.size())
                + ")";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
          query.setString(1, model.getKey());
          for (int i = 0; i < ids.size(); i++) {
            query.setString(i + 2, ids.get(i));
          }
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              Map.Entry<EventKey, V> entry = reader.read(rows);
              found.put(entry.getKey(), entry.getValue());
            }
          }
        }
      }
    }
    return found;
  }

  private static Map<String, List<String>> idsByModel(Collection<EventKey> keys) {
    Map<String, List<String>> ids = new TreeMap<>();
    for (EventKey key : keys) {
      ids.computeIfAbsent(key.modelName(), m -> new ArrayList<>()).add(key.predictionId());
    }
    return ids;
  }
}

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
 * Reads rows of a table keyed by (model_name, prediction_id) for many keys at once: {@code
 * model_name = ? AND prediction_id IN (...)} queries, each id an index probe. Up to {@link
 * SqlLists#KEYS_PER_QUERY} ids go in one query; more are cut in chunks of that size, the last one
 * padded with its last id (a repeated id changes nothing), so that one prepared statement serves
 * every chunk.
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
      List<String> ids = model.getValue();
      int size = Math.min(ids.size(), SqlLists.KEYS_PER_QUERY);
      String sql =
          select + " WHERE model_name = ? AND prediction_id IN (" + SqlLists.marks(size) + ")";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setString(1, model.getKey());
        for (List<String> chunk : SqlLists.chunks(ids, size)) {
          for (int i = 0; i < size; i++) {
            query.setString(i + 2, chunk.get(Math.min(i, chunk.size() - 1)));
          }
          read(query, reader, found);
        }
      }
    }
    return found;
  }

  private static <V> void read(PreparedStatement query, RowReader<V> reader, Map<EventKey, V> found)
      throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        Map.Entry<EventKey, V> entry = reader.read(rows);
        found.put(entry.getKey(), entry.getValue());
      }
    }
  }

  private static Map<String, List<String>> idsByModel(Collection<EventKey> keys) {
    Map<String, List<String>> ids = new TreeMap<>();
    for (EventKey key : keys) {
      ids.computeIfAbsent(key.modelName(), m -> new ArrayList<>()).add(key.predictionId());
    }
    return ids;
  }
}

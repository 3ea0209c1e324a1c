package dev.vigil.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Placeholder lists for statements with many rows or many keys, and the chunks that keep them under
 * the databases' limits on bound parameters (SQLite 32766, PostgreSQL 65535).
 */
final class SqlLists {

  /** Keys per {@code IN (...)} lookup. */
  static final int KEYS_PER_QUERY = 500;

  private SqlLists() {}

  /** {@code ?, ?, ?} with {@code n} marks. */
  static String marks(int n) {
    StringBuilder sql = new StringBuilder(3 * n);
    for (int i = 0; i < n; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    return sql.toString();
  }

  /** {@code (?, ?), (?, ?)}: {@code rows} tuples of {@code columns} marks. */
  static String tuples(int rows, int columns) {
    String tuple = "(" + marks(columns) + ")";
    StringBuilder sql = new StringBuilder((tuple.length() + 2) * rows);
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(tuple);
    }
    return sql.toString();
  }

  /** Consecutive sublists of at most {@code size} items (views of {@code items}). */
  static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      chunks.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return chunks;
  }
}

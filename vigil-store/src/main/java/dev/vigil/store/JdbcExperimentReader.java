package dev.vigil.store;

import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.LifecycleStage;
import dev.vigil.core.tracking.ViewType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads experiments with their tags (migration V6's experiment and experiment_tag). */
final class JdbcExperimentReader {

  private static final String COLUMNS =
      "e.experiment_id, e.name, e.artifact_location, e.lifecycle_stage, e.creation_time_ms,"
          + " e.last_update_time_ms";

  private JdbcExperimentReader() {}

  /** The numeric key of an experiment id; empty for an id no experiment can have. */
  static Optional<Long> parseId(String id) {
    if (id == null
        || id.isEmpty()
        || id.length() > 18
        || !id.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(id));
  }

  static Optional<Experiment> byId(Connection c, long id) throws SQLException {
    return read(c, "e.experiment_id = ?", id).stream().findFirst();
  }

  static Optional<Experiment> byName(Connection c, String name) throws SQLException {
    return read(c, "e.name = ?", name).stream().findFirst();
  }

  static List<Experiment> all(Connection c, ViewType view) throws SQLException {
    List<Experiment> all = read(c, "1 = 1", null);
    return all.stream().filter(e -> view.includes(e.lifecycleStage())).toList();
  }

  private static List<Experiment> read(Connection c, String where, Object arg) throws SQLException {
    Map<Long, Object[]> rows = new LinkedHashMap<>();
    String sql =
        "SELECT " + COLUMNS + " FROM experiment e WHERE " + where + " ORDER BY e.experiment_id";
    try (PreparedStatement select = c.prepareStatement(sql)) {
      if (arg != null) {
        select.setObject(1, arg);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.put(
              rs.getLong(1),
              new Object[] {
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6)
              });
        }
      }
    }
    Map<Long, Map<String, String>> tags = tags(c, where, arg);
    List<Experiment> experiments = new ArrayList<>();
    rows.forEach(
        (id, row) ->
            experiments.add(
                new Experiment(
                    Long.toString(id),
                    (String) row[0],
                    (String) row[1],
                    LifecycleStage.ofLabel((String) row[2]),
                    tags.getOrDefault(id, Map.of()),
                    Instant.ofEpochMilli((Long) row[3]),
                    Instant.ofEpochMilli((Long) row[4]))));
    return experiments;
  }

  private static Map<Long, Map<String, String>> tags(Connection c, String where, Object arg)
      throws SQLException {
    String sql =
        "SELECT t.experiment_id, t.key, t.value FROM experiment_tag t"
            + " JOIN experiment e ON e.experiment_id = t.experiment_id WHERE "
            + where;
    Map<Long, Map<String, String>> tags = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      if (arg != null) {
        select.setObject(1, arg);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          tags.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
              .put(rs.getString(2), rs.getString(3));
        }
      }
    }
    return tags;
  }
}

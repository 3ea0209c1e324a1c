package dev.vigil.store;

import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, before anything is written, that every record of a call names a registered model, so the
 * error can name the batch (the foreign keys would refuse it too, without saying where).
 */
final class RegisteredModels {

  private RegisteredModels() {}

  /**
   * @throws IllegalArgumentException naming {@code modelName} and the first batch holding a record
   *     of a model that is not registered
   */
  static void require(Connection connection, List<EventBatch> batches) throws SQLException {
    Map<String, Integer> firstBatch = new LinkedHashMap<>();
    for (int b = 0; b < batches.size(); b++) {
      for (String model : modelsOf(batches.get(b))) {
        firstBatch.putIfAbsent(model, b);
      }
    }
    Set<String> registered = registered(connection, new ArrayList<>(firstBatch.keySet()));
    for (Map.Entry<String, Integer> model : firstBatch.entrySet()) {
      if (!registered.contains(model.getKey())) {
        throw new IllegalArgumentException(
            "modelName: batch "
                + model.getValue()
                + " holds a record of model '"
                + model.getKey()
                + "', which is not registered; nothing was stored");
      }
    }
  }

  private static Set<String> modelsOf(EventBatch batch) {
    Set<String> models = new HashSet<>();
    if (batch instanceof EventBatch.Predictions p) {
      p.records().stream().map(PredictionRecord::modelName).forEach(models::add);
    } else if (batch instanceof EventBatch.Labels l) {
      l.records().stream().map(LabelRecord::modelName).forEach(models::add);
    }
    return models;
  }

  private static Set<String> registered(Connection connection, List<String> names)
      throws SQLException {
    Set<String> registered = new HashSet<>();
    for (List<String> chunk : SqlLists.chunks(names, SqlLists.KEYS_PER_QUERY)) {
      String sql =
          "SELECT name FROM monitored_model WHERE name IN (" + SqlLists.marks(chunk.size()) + ")";
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            registered.add(rows.getString(1));
          }
        }
      }
    }
    return registered;
  }
}

package dev.vigil.store;

import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Predictions and labels for the store tests, and an emptied database to store them in. */
final class Events {

  /** The registered models the tests store records of. */
  static final String MODEL = "churn";

  static final String OTHER_MODEL = "other.model";

  /** A model never registered: its records break the foreign key. */
  static final String UNREGISTERED = "ghost";

  static final Instant T0 = Instant.parse("2026-11-23T10:15:30.123456Z");

  private Events() {}

  /** Deletes every record and model, then registers {@link #MODEL} and {@link #OTHER_MODEL}. */
  static void resetWithModels(Database database) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          new String[] {
            "kserve_pending_event",
            "label_conflict",
            "label",
            "prediction",
            "window_summary",
            "day_summary",
            "reference_summary",
            "detector_state"
          }) {
        s.executeUpdate("DELETE FROM " + table);
      }
      s.executeUpdate("UPDATE window_watermark SET seq = 0");
      s.executeUpdate("DELETE FROM monitored_model");
    }
    JdbcModelStore models = new JdbcModelStore(database);
    models.create(Models.churn(MODEL));
    models.create(Models.simple(OTHER_MODEL, 0.5));
  }

  static PredictionRecord prediction(String model, String id, double score) {
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("CreditScore", 619.0);
    features.put("Geography", "France");
    features.put("HasCrCard", true);
    features.put("Age", null);
    return new PredictionRecord(model, id, "v1", T0.plusSeconds(id.length()), features, score);
  }

  static PredictionRecord prediction(String id) {
    return prediction(MODEL, id, 0.25);
  }

  static LabelRecord label(String id, int label, long secondsAfter) {
    return new LabelRecord(MODEL, id, label, T0.plusSeconds(secondsAfter));
  }
}

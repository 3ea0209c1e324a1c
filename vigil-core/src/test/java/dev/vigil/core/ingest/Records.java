package dev.vigil.core.ingest;

import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Records of the model {@code churn} (hourly windows, segmented by Geography) for the tests. */
final class Records {

  static final String MODEL = "churn";
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final MonitoredModel CHURN =
      new MonitoredModel(
          MODEL,
          new DatasetSchema(
              List.of(
                  new ColumnSchema("Age", ColumnKind.NUMERIC),
                  new ColumnSchema("Geography", ColumnKind.CATEGORICAL))),
          new ClassLabels("churn", List.of("1"), List.of("0")),
          0.5,
          WindowGranularity.HOUR,
          List.of("Geography"),
          T0);

  private static final String[] GEOGRAPHIES = {"France", "Spain", "Germany"};

  private Records() {}

  /** Finds the one model of the tests. */
  static Function<String, Optional<MonitoredModel>> models() {
    return name -> name.equals(MODEL) ? Optional.of(CHURN) : Optional.empty();
  }

  /** Prediction {@code p<n>}, made {@code n} minutes after T0 (so 60 per hourly window). */
  static PredictionRecord prediction(int n) {
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("Age", 20.0 + n % 50);
    features.put("Geography", GEOGRAPHIES[n % GEOGRAPHIES.length]);
    return new PredictionRecord(
        MODEL, "p" + n, "v1", T0.plusSeconds(60L * n), features, (n % 100) / 100.0);
  }

  /** Predictions {@code p<from>} to {@code p<to - 1>}. */
  static List<PredictionRecord> predictions(int from, int to) {
    List<PredictionRecord> records = new ArrayList<>();
    for (int n = from; n < to; n++) {
      records.add(prediction(n));
    }
    return records;
  }

  /** The label of {@code p<n>}, an hour after it. */
  static LabelRecord label(int n, int label) {
    return new LabelRecord(MODEL, "p" + n, label, T0.plusSeconds(60L * n + 3600));
  }

  static List<LabelRecord> labels(int from, int to) {
    List<LabelRecord> records = new ArrayList<>();
    for (int n = from; n < to; n++) {
      records.add(label(n, n % 2));
    }
    return records;
  }

  static PredictionRecord ofModel(String model, int n) {
    PredictionRecord p = prediction(n);
    return new PredictionRecord(
        model, p.predictionId(), p.modelVersion(), p.eventTime(), p.features(), p.score());
  }
}

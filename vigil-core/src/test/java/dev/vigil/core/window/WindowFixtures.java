package dev.vigil.core.window;

import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** A churn model, its records, and random streams of them for the window tests. */
final class WindowFixtures {

  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  static final DatasetSchema SCHEMA =
      new DatasetSchema(
          List.of(
              new ColumnSchema("Age", ColumnKind.NUMERIC),
              new ColumnSchema("Balance", ColumnKind.NUMERIC),
              new ColumnSchema("Geography", ColumnKind.CATEGORICAL),
              new ColumnSchema("IsActiveMember", ColumnKind.BOOLEAN)));
  static final ClassLabels LABELS =
      new ClassLabels("churn", List.of("1", "Yes", "true"), List.of("0", "No", "false"));
  static final MonitoredModel CHURN = model("churn", List.of("Geography"));

  private WindowFixtures() {}

  static MonitoredModel model(String name, List<String> segmentColumns) {
    return new MonitoredModel(
        name, SCHEMA, LABELS, 0.5, WindowGranularity.HOUR, segmentColumns, T0.minusSeconds(86400));
  }

  /** An aggregator that knows only the given models. */
  static WindowAggregator aggregator(MonitoredModel... known) {
    Map<String, MonitoredModel> byName = new LinkedHashMap<>();
    for (MonitoredModel m : known) {
      byName.put(m.name(), m);
    }
    return new WindowAggregator(name -> Optional.ofNullable(byName.get(name)));
  }

  /** A map of name, value pairs that, unlike Map.of, accepts null values. */
  static Map<String, Object> features(Object... namesAndValues) {
    Map<String, Object> features = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      features.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return features;
  }

  static PredictionRecord prediction(
      String id, Instant time, double score, Map<String, Object> features) {
    return new PredictionRecord("churn", id, "v1", time, features, score);
  }

  static LabeledPrediction pair(PredictionRecord prediction, int label, Instant labelTime) {
    return new LabeledPrediction(
        prediction,
        new LabelRecord(prediction.modelName(), prediction.predictionId(), label, labelTime));
  }

  /**
   * A random stream of churn predictions over three hours and two versions, with missing values,
   * type errors and about one label in two (a negative delay now and then).
   */
  static List<Object> stream(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> events = new java.util.ArrayList<>();
    String[] countries = {"France", "Spain", "Germany"};
    for (int i = 0; i < size; i++) {
      Map<String, Object> f =
          features(
              "Age",
              random.nextInt(10) == 0 ? null : (double) (18 + random.nextInt(60)),
              "Balance",
              random.nextInt(20) == 0 ? "n/a" : random.nextDouble() * 1e5,
              "Geography",
              countries[random.nextInt(3)],
              "IsActiveMember",
              random.nextBoolean());
      Instant time = T0.plusSeconds(random.nextInt(3 * 3600));
      PredictionRecord p =
          new PredictionRecord(
              "churn", "p" + i, random.nextBoolean() ? "v1" : "v2", time, f, random.nextDouble());
      events.add(p);
      if (random.nextBoolean()) {
        events.add(pair(p, random.nextInt(2), time.plusSeconds(random.nextInt(-60, 7200))));
      }
    }
    return events;
  }

  /** Records events of {@link #stream} into the aggregator. */
  static void record(WindowAggregator aggregator, List<Object> events) {
    for (Object event : events) {
      if (event instanceof PredictionRecord p) {
        aggregator.prediction(p);
      } else {
        aggregator.joined((LabeledPrediction) event);
      }
    }
  }
}

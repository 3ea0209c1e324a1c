package dev.vigil.core.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.detect.Adwin;
import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.Ddm;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import dev.vigil.stats.detect.DetectorSignal;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The live detectors see the same streams, and so signal at the same updates, as River's. */
class LiveDetectorsTest {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final MonitoredModel CHURN =
      new MonitoredModel(
          "churn",
          new DatasetSchema(List.of(new ColumnSchema("Age", ColumnKind.NUMERIC))),
          new ClassLabels("churn", List.of("1"), List.of("0")),
          0.4,
          WindowGranularity.HOUR,
          List.of(),
          T0);

  private final LiveDetectors live =
      new LiveDetectors(name -> name.equals("churn") ? Optional.of(CHURN) : Optional.empty());

  /** Scores around 0.2, then around 0.7 from index 600. */
  static double score(int n) {
    double noise = new Random(n).nextDouble() * 0.2;
    return n < 600 ? 0.1 + noise : 0.6 + noise;
  }

  static PredictionRecord prediction(String model, int n) {
    return new PredictionRecord(
        model, "p" + n, "v1", T0.plusSeconds(n), Map.of("Age", 30.0), score(n));
  }

  /** Wrong (label != predicted class at 0.4) one time in ten before 500, then two in three. */
  static LabeledPrediction pair(int n) {
    PredictionRecord p = prediction("churn", n);
    int predicted = p.score() >= 0.4 ? 1 : 0;
    boolean wrong = n < 500 ? n % 10 == 0 : n % 3 != 0;
    int label = wrong ? 1 - predicted : predicted;
    return new LabeledPrediction(p, new LabelRecord("churn", p.predictionId(), label, T0));
  }

  private static List<Integer> detections(ChangeDetector detector, List<Double> values) {
    return signals(detector, values, DetectorSignal.DRIFT);
  }

  private static List<Integer> signals(
      ChangeDetector detector, List<Double> values, DetectorSignal wanted) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (detector.update(values.get(i)) == wanted) {
        at.add(i);
      }
    }
    return at;
  }

  @Test
  void theScoreStreamDetectsWhereAdwinFedDirectlyDoes() {
    List<Double> scores = new ArrayList<>();
    for (int n = 0; n < 1200; n++) {
      live.prediction(prediction("churn", n));
      scores.add(score(n));
    }
    List<Integer> expected = detections(Adwin.of(DetectorParameters.none()), scores);
    assertTrue(!expected.isEmpty() && expected.get(0) >= 600, expected.toString());
    DetectorStatus status = live.of("churn").get(0);
    assertEquals(LiveDetectors.SCORE, status.stream());
    assertEquals(DetectorMethod.ADWIN, status.method());
    assertEquals(1200, status.observations());
    assertEquals(expected.size(), status.detections());
    int last = expected.get(expected.size() - 1);
    assertEquals(Optional.of(T0.plusSeconds(last)), status.lastDetection());
  }

  @Test
  void theErrorStreamDetectsWhereDdmFedDirectlyDoes() {
    List<Double> errors = new ArrayList<>();
    for (int n = 0; n < 1000; n++) {
      LabeledPrediction pair = pair(n);
      live.joined(pair);
      int predicted = pair.prediction().score() >= 0.4 ? 1 : 0;
      errors.add(predicted == pair.label().label() ? 0.0 : 1.0);
    }
    List<Integer> expected = detections(Ddm.of(DetectorParameters.none()), errors);
    assertTrue(!expected.isEmpty() && expected.get(0) >= 500, expected.toString());
    DetectorStatus status = live.of("churn").get(0);
    assertEquals(LiveDetectors.ERROR, status.stream());
    assertEquals(DetectorMethod.DDM, status.method());
    assertEquals(expected.size(), status.detections());
    assertEquals(
        Optional.of(T0.plusSeconds(expected.get(expected.size() - 1))), status.lastDetection());
    List<Integer> warnings =
        signals(Ddm.of(DetectorParameters.none()), errors, DetectorSignal.WARNING);
    assertTrue(!warnings.isEmpty());
    assertEquals(
        Optional.of(T0.plusSeconds(warnings.get(warnings.size() - 1))), status.lastWarning());
  }

  @Test
  void savedStatesContinueExactlyAsTheUninterruptedDetectors() {
    for (int n = 0; n < 550; n++) {
      live.prediction(prediction("churn", n));
      live.joined(pair(n));
    }
    LiveDetectors restored = new LiveDetectors(name -> Optional.of(CHURN));
    restored.load(live.changed());
    assertEquals(live.of("churn"), restored.of("churn"));
    for (int n = 550; n < 1200; n++) {
      for (LiveDetectors d : List.of(live, restored)) {
        d.prediction(prediction("churn", n));
        d.joined(pair(n));
      }
    }
    assertEquals(live.of("churn"), restored.of("churn"));
    assertTrue(live.of("churn").get(0).detections() > 0);
    assertEquals(live.changed(), restored.changed());
  }

  @Test
  void onlyDetectorsFedSinceTheLastSaveAreChanged() {
    live.prediction(prediction("churn", 0));
    live.saved(live.changed());
    assertEquals(List.of(), live.changed());
    live.joined(pair(1));
    List<SavedDetector> changed = live.changed();
    assertEquals(1, changed.size());
    assertEquals(LiveDetectors.ERROR, changed.get(0).status().stream());
  }

  @Test
  void recordsOfUnknownModelsAreSkipped() {
    live.prediction(prediction("other", 0));
    assertEquals(List.of(), live.of("other"));
    assertEquals(List.of(), live.changed());
  }
}

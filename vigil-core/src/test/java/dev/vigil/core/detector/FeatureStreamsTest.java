package dev.vigil.core.detector;

import static dev.vigil.core.detector.LiveDetectorsTest.CHURN;
import static dev.vigil.core.detector.LiveDetectorsTest.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.PredictionRecord;
import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import dev.vigil.stats.detect.DetectorSignal;
import dev.vigil.stats.detect.Kswin;
import dev.vigil.stats.detect.PageHinkley;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chosen methods and feature streams: fed like the detector itself, skipped values, reloads. */
class FeatureStreamsTest {

  private static final DetectorParameters SMALL_KSWIN =
      new DetectorParameters(Map.of("window_size", 80.0, "stat_size", 20.0, "seed", 7.0));

  private static final ModelDetectors CHOSEN =
      new ModelDetectors(
          StreamDetector.of(DetectorMethod.PAGE_HINKLEY),
          StreamDetector.of(DetectorMethod.ADWIN),
          Map.of("Age", new StreamDetector(DetectorMethod.KSWIN, SMALL_KSWIN)));

  private static LiveDetectors live(ModelDetectors churn) {
    return new LiveDetectors(
        name -> name.equals("churn") ? Optional.of(CHURN) : Optional.empty(),
        new DetectorChoices(Map.of("churn", churn)));
  }

  /** Ages about 35 up to 400, then about 55; missing one time in nine, text one in eleven. */
  private static Object age(int n) {
    if (n % 9 == 0) {
      return null;
    }
    if (n % 11 == 0) {
      return "forty";
    }
    return (n < 400 ? 35.0 : 55.0) + new Random(n).nextGaussian() * 4;
  }

  private static PredictionRecord prediction(int n) {
    Map<String, Object> features = new HashMap<>();
    features.put("Age", age(n));
    return new PredictionRecord(
        "churn", "p" + n, "v1", T0.plusSeconds(n), features, LiveDetectorsTest.score(n));
  }

  @Test
  void aFeatureStreamDetectsWhereItsMethodFedItsNumericValuesDoes() {
    LiveDetectors live = live(CHOSEN);
    ChangeDetector direct = Kswin.of(SMALL_KSWIN);
    List<Integer> detections = new ArrayList<>();
    long values = 0;
    for (int n = 0; n < 1000; n++) {
      live.prediction(prediction(n));
      if (age(n) instanceof Double a) {
        values++;
        if (direct.update(a) == DetectorSignal.DRIFT) {
          detections.add(n);
        }
      }
    }
    assertTrue(!detections.isEmpty() && detections.get(0) >= 400, detections.toString());
    DetectorStatus age = live.of("churn").get(1);
    assertEquals("feature:Age", age.stream());
    assertEquals(DetectorMethod.KSWIN, age.method());
    assertEquals(values, age.observations(), "missing and text values are skipped");
    assertEquals(detections.size(), age.detections());
    assertEquals(
        Optional.of(T0.plusSeconds(detections.get(detections.size() - 1))), age.lastDetection());
    DetectorStatus score = live.of("churn").get(0);
    assertEquals(DetectorMethod.PAGE_HINKLEY, score.method());
    assertEquals(1000, score.observations());
  }

  @Test
  void withoutChoicesAModelRunsTheDefaultsAndNoFeatureStream() {
    LiveDetectors live = new LiveDetectors(name -> Optional.of(CHURN));
    live.prediction(prediction(1));
    assertEquals(1, live.of("churn").size());
    assertEquals(DetectorMethod.ADWIN, live.of("churn").get(0).method());
  }

  @Test
  void aStoredStateOfAnotherMethodOrParametersOrAStreamNoLongerChosenStartsAfresh() {
    LiveDetectors before = live(CHOSEN);
    for (int n = 0; n < 300; n++) {
      before.prediction(prediction(n));
    }
    List<SavedDetector> stored = before.changed();
    assertEquals(2, stored.size());

    LiveDetectors same = live(CHOSEN);
    same.load(stored);
    assertEquals(before.of("churn"), same.of("churn"));

    ModelDetectors otherScoreParameters =
        new ModelDetectors(
            new StreamDetector(
                DetectorMethod.PAGE_HINKLEY, new DetectorParameters(Map.of("threshold", 20.0))),
            CHOSEN.error(),
            Map.of());
    LiveDetectors changed = live(otherScoreParameters);
    changed.load(stored);
    assertEquals(List.of(), changed.of("churn"), "score's parameters changed, Age is not chosen");
    changed.prediction(prediction(300));
    assertEquals(1, changed.of("churn").get(0).observations());
    assertEquals(
        20.0,
        PageHinkley.of(new DetectorParameters(Map.of("threshold", 20.0)))
            .parameters()
            .get("threshold", 0));
  }

  @Test
  void errorStreamMethodsAreRefusedOnRealValuedStreamsNamingTheField() {
    StreamDetector ddm = StreamDetector.of(DetectorMethod.DDM);
    IllegalArgumentException score =
        assertThrows(IllegalArgumentException.class, () -> new ModelDetectors(ddm, ddm, Map.of()));
    assertTrue(
        score.getMessage().startsWith("score: ddm takes a 0/1 error stream"), score.getMessage());
    IllegalArgumentException feature =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ModelDetectors(CHOSEN.score(), ddm, Map.of("Age", ddm)));
    assertTrue(feature.getMessage().startsWith("features.Age: ddm"), feature.getMessage());
    IllegalArgumentException parameter =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new StreamDetector(
                    DetectorMethod.ADWIN, new DetectorParameters(Map.of("alpha", 0.1))));
    assertTrue(parameter.getMessage().contains("alpha"), parameter.getMessage());
  }
}

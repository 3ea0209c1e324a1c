package dev.vigil.core.ingest;

import static dev.vigil.core.ingest.Records.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.detector.DetectorChoices;
import dev.vigil.core.detector.DetectorStatus;
import dev.vigil.core.detector.LiveDetectors;
import dev.vigil.core.detector.ModelDetectors;
import dev.vigil.core.detector.SavedDetector;
import dev.vigil.core.detector.StreamDetector;
import dev.vigil.core.event.IngestListener;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The live detectors are fed in commit order, saved with each flush, and survive a crash. */
class IngestPipelineDetectorsTest {

  /** Page-Hinkley on scores, EDDM on errors, KSWIN on Age and ADWIN on Tenure. */
  static final DetectorChoices CHOSEN =
      new DetectorChoices(
          Map.of(
              MODEL,
              new ModelDetectors(
                  StreamDetector.of(DetectorMethod.PAGE_HINKLEY),
                  StreamDetector.of(DetectorMethod.EDDM),
                  Map.of(
                      "Age",
                      new StreamDetector(
                          DetectorMethod.KSWIN,
                          new DetectorParameters(Map.of("window_size", 60.0, "stat_size", 20.0))),
                      "Tenure",
                      StreamDetector.of(DetectorMethod.ADWIN)))));

  /** A run: its own event log and window store. */
  private static final class Run {
    final MemoryEventLog log = new MemoryEventLog(Set.of(MODEL));
    final MemoryWindowStore store = new MemoryWindowStore();
    final DetectorChoices choices;
    LiveDetectors detectors;

    Run() {
      this(DetectorChoices.DEFAULTS);
    }

    Run(DetectorChoices choices) {
      this.choices = choices;
    }

    IngestPipeline pipeline() {
      detectors = new LiveDetectors(Records.models(), choices);
      return new IngestPipeline(
          log,
          new WindowAggregator(Records.models()),
          store,
          log.predictionReads(),
          log.labelReads(),
          IngestListener.NONE,
          IngestPipelineTest.SETTINGS,
          detectors);
    }
  }

  /**
   * Scores near 0.1 up to {@code p299}, then near 0.8: the score detector sees a shift; Age shifts
   * from about 30 to about 60 there too, and Tenure (missing one time in ten, text one in thirteen)
   * from about 2 to about 8.
   */
  private static List<PredictionRecord> predictions(int from, int to) {
    List<PredictionRecord> shifted = new ArrayList<>();
    for (PredictionRecord p : Records.predictions(from, to)) {
      int n = Integer.parseInt(p.predictionId().substring(1));
      double score = (n < 300 ? 0.1 : 0.8) + (n % 7) / 100.0;
      Map<String, Object> features = new LinkedHashMap<>(p.features());
      features.put("Age", (n < 300 ? 30.0 : 60.0) + n % 11);
      features.put(
          "Tenure", n % 10 == 0 ? null : n % 13 == 0 ? "ten" : (n < 300 ? 2.0 : 8.0) + n % 3);
      shifted.add(
          new PredictionRecord(
              p.modelName(), p.predictionId(), p.modelVersion(), p.eventTime(), features, score));
    }
    return shifted;
  }

  /** Labels 0 (right for scores below 0.5) except one in five from p300 on (wrong there). */
  private static List<LabelRecord> labels(int from, int to) {
    List<LabelRecord> labels = new ArrayList<>();
    for (int n = from; n < to; n++) {
      labels.add(Records.label(n, n >= 300 && n % 5 != 0 ? 1 : 0));
    }
    return labels;
  }

  /** The appends of every run, in the same order; {@code between} runs after the third one. */
  private static void appendAll(IngestPipeline pipeline, Runnable between) {
    pipeline.predictions().appendAll(predictions(0, 250));
    pipeline.labels().appendAll(labels(0, 200));
    pipeline.predictions().appendAll(predictions(250, 400));
    between.run();
    pipeline.labels().appendAll(labels(200, 380));
    pipeline.predictions().appendAll(predictions(400, 700));
    pipeline.labels().appendAll(labels(380, 650));
  }

  @Test
  void eachFlushStoresTheStatesOfTheDetectorsWithTheWindows() {
    Run run = new Run();
    try (IngestPipeline pipeline = run.pipeline()) {
      pipeline.start();
      pipeline.predictions().appendAll(predictions(0, 50));
      assertEquals(List.of(), run.store.detectors());
      pipeline.flush();
      List<SavedDetector> stored = run.store.detectors();
      assertEquals(1, stored.size());
      assertEquals(50, stored.get(0).status().observations());
      assertEquals(run.detectors.of(MODEL), List.of(stored.get(0).status()));
    }
  }

  @Test
  void afterACrashTheReplayGivesTheStatesOfAnUninterruptedRun() {
    Run uninterrupted = new Run();
    List<SavedDetector> expected = crashAndReplay(uninterrupted, new Run());
    List<DetectorStatus> statuses = expected.stream().map(SavedDetector::status).toList();
    assertEquals(List.of("error", "score"), statuses.stream().map(s -> s.stream()).toList());
    assertEquals(700, statuses.get(1).observations());
    assertEquals(650, statuses.get(0).observations());
    assertTrue(statuses.get(1).detections() > 0 && statuses.get(0).detections() > 0, "" + statuses);
    assertEquals(DetectorMethod.ADWIN, statuses.get(1).method());
    assertEquals(DetectorMethod.DDM, statuses.get(0).method());
  }

  @Test
  void chosenMethodsAndFeatureStreamsSurviveACrashAlike() {
    Run uninterrupted = new Run(CHOSEN);
    List<SavedDetector> expected = crashAndReplay(uninterrupted, new Run(CHOSEN));
    Map<String, DetectorStatus> byStream = new LinkedHashMap<>();
    expected.forEach(d -> byStream.put(d.status().stream(), d.status()));
    assertEquals(Set.of("score", "error", "feature:Age", "feature:Tenure"), byStream.keySet());
    assertEquals(DetectorMethod.PAGE_HINKLEY, byStream.get("score").method());
    assertEquals(DetectorMethod.EDDM, byStream.get("error").method());
    assertEquals(DetectorMethod.KSWIN, byStream.get("feature:Age").method());
    assertEquals(700, byStream.get("feature:Age").observations());
    // Tenure: 700 values less the 70 missing and the text ones (n % 13 == 0, n % 10 != 0).
    long text =
        java.util.stream.IntStream.range(0, 700).filter(n -> n % 13 == 0 && n % 10 != 0).count();
    assertEquals(700 - 70 - text, byStream.get("feature:Tenure").observations());
    assertTrue(byStream.get("feature:Age").detections() > 0, "Age shifts at p300");
    assertTrue(byStream.get("feature:Tenure").detections() > 0, "Tenure shifts at p300");
    assertEquals(
        List.of("score", "error", "feature:Age", "feature:Tenure"),
        uninterrupted.detectors.of(MODEL).stream().map(DetectorStatus::stream).toList());
  }

  /**
   * Runs {@link #appendAll} on {@code uninterrupted}, then on {@code crashed} with a flush in the
   * middle, a crash and a restart, and checks both end in the same states; returns them.
   */
  private static List<SavedDetector> crashAndReplay(Run uninterrupted, Run crashed) {
    try (IngestPipeline pipeline = uninterrupted.pipeline()) {
      pipeline.start();
      appendAll(pipeline, () -> {});
    }
    List<SavedDetector> expected = uninterrupted.store.detectors();
    IngestPipeline first = crashed.pipeline();
    first.start();
    appendAll(first, first::flush);
    // The crash: first is never closed; the store holds the states of the flush in the middle.
    assertNotEquals(expected, crashed.store.detectors());
    try (IngestPipeline restarted = crashed.pipeline()) {
      restarted.start();
      assertEquals(uninterrupted.detectors.of(MODEL), crashed.detectors.of(MODEL));
    }
    assertEquals(expected, crashed.store.detectors());
    return expected;
  }
}

package dev.vigil.core.window;

import static dev.vigil.core.window.SummaryAssertions.assertSameSummary;
import static dev.vigil.core.window.WindowFixtures.CHURN;
import static dev.vigil.core.window.WindowFixtures.features;
import static dev.vigil.core.window.WindowFixtures.pair;
import static dev.vigil.core.window.WindowFixtures.prediction;

import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A period records by exactly the rules of the windows. */
class PeriodRecorderTest {

  private static final Instant HOUR = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void recordsWhatTheAggregatorRecordsIntoTheWindowOfSegmentAll() {
    List<PredictionRecord> predictions = new ArrayList<>();
    predictions.add(
        prediction(
            "a",
            HOUR.plusSeconds(1),
            0.9,
            features("Age", 41.0, "Balance", null, "Geography", "France", "IsActiveMember", true)));
    predictions.add(
        prediction(
            "b",
            HOUR.plusSeconds(2),
            0.2,
            features("Age", "old", "Geography", 3.0, "IsActiveMember", "No", "Extra", 1.0)));
    predictions.add(prediction("c", HOUR.plusSeconds(3), 0.5, features("Balance", 1e6)));
    List<LabeledPrediction> pairs =
        List.of(
            pair(predictions.get(0), 1, HOUR.plusSeconds(601)),
            pair(predictions.get(2), 0, HOUR.minusSeconds(30)));
    WindowAggregator aggregator = WindowFixtures.aggregator(CHURN);
    PeriodRecorder period = new PeriodRecorder(CHURN);

    predictions.forEach(aggregator::prediction);
    pairs.forEach(aggregator::joined);
    predictions.forEach(period::prediction);
    pairs.forEach(period::joined);

    WindowKey all = WindowKey.of(CHURN, predictions.get(0), Segment.ALL);
    assertSameSummary(aggregator.drain().get(all), period.summary(), "segment all");
  }
}

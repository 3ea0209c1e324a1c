package dev.vigil.store;

import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.core.window.WindowSummaryCodec;
import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.PredictionRecorder;
import java.util.Map;

/** Window summaries for the store tests, recorded with vigil-stats' recorders. */
final class Windows {

  static final double THRESHOLD = 0.37;

  private Windows() {}

  /** A window of predictions with these scores, each labelled, with two features. */
  static WindowSummary of(double... scores) {
    PredictionRecorder predictions = new PredictionRecorder(THRESHOLD);
    NumericRecorder creditScore = new NumericRecorder();
    CategoricalRecorder geography = new CategoricalRecorder();
    LabelledRecorder labelled = new LabelledRecorder(THRESHOLD);
    NumericRecorder delays = new NumericRecorder();
    NumericRecorder latencies = new NumericRecorder();
    for (int i = 0; i < scores.length; i++) {
      predictions.record(scores[i]);
      creditScore.record(400 + 500 * scores[i]);
      if (i % 3 == 0) {
        geography.recordMissing();
      } else {
        geography.record(i % 2 == 0 ? "France" : "Spain");
      }
      labelled.record(scores[i], scores[i] > 0.5 ? 1 : 0);
      delays.record(3600.0 * i);
      latencies.record(0.001 * (i + 1));
    }
    return new WindowSummary(
        predictions.summary(),
        Map.of(
            "CreditScore", new FeatureSummary.Numeric(creditScore.summary(), 1),
            "Geography", new FeatureSummary.Categorical(geography.summary(), 0)),
        labelled.summary(),
        delays.summary(),
        latencies.summary());
  }

  /** The bytes a summary is stored as: equal bytes, equal summaries. */
  static String bytes(WindowSummary summary) {
    return java.util.HexFormat.of().formatHex(WindowSummaryCodec.encode(summary));
  }
}

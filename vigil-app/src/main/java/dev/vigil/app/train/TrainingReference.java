package dev.vigil.app.train;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.window.LabelledScoreSample;
import dev.vigil.core.window.ReferenceBuilder;
import dev.vigil.core.window.ReferenceSummary;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference profile of a training file: every row's features, the trained model's score and the
 * true label, summarised as an uploaded reference would be, so drift is measured against what the
 * model learnt from. Its (score, label) pairs, from which performance is estimated without labels
 * (docs/ESTIMATION.md#live-estimation), are the holdout's only: on the rows it was trained on, a
 * model's scores are more confident than on new data, and CBPE would inherit that optimism.
 */
final class TrainingReference {

  static final String SCORE = "__vigil_score";
  static final String TARGET = "__vigil_target";

  private TrainingReference() {}

  static ReferenceSummary of(
      MonitoredModel model, TrainingTable table, double[] scores, int[] holdout, Instant at) {
    ReferenceBuilder builder =
        new ReferenceBuilder(model, Optional.of(SCORE), Optional.of(TARGET), at);
    List<String> names = table.inputs().names();
    String positive = model.labels().positiveValues().get(0);
    String negative = model.labels().negativeValues().get(0);
    for (int row = 0; row < table.rows().size(); row++) {
      Object[] values = table.rows().get(row);
      Map<String, Object> record = new LinkedHashMap<>();
      for (int c = 0; c < names.size(); c++) {
        record.put(names.get(c), values[c]);
      }
      record.put(SCORE, scores[row]);
      record.put(TARGET, table.labels()[row] == 1 ? positive : negative);
      builder.add(record, row);
    }
    int[] rows = holdout.clone();
    Arrays.sort(rows);
    double[] heldOutScores = new double[rows.length];
    int[] heldOutLabels = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      heldOutScores[i] = scores[rows[i]];
      heldOutLabels[i] = table.labels()[rows[i]];
    }
    return builder
        .build()
        .withLabelledScores(LabelledScoreSample.sampleOf(heldOutScores, heldOutLabels));
  }
}

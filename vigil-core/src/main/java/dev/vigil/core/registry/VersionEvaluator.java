package dev.vigil.core.registry;

import java.util.Map;

/**
 * Scores a model version on one labelled data set and returns its metrics (roc_auc, log_loss...),
 * so that two versions, or a candidate and the champion, are compared on the same data. The
 * registry only holds recorded metrics; implementations load the version's artifact.
 */
public interface VersionEvaluator {

  /** What the data is, for the output (e.g. the file name and row count). */
  String dataDescription();

  Map<String, Double> evaluate(ModelVersion version);
}

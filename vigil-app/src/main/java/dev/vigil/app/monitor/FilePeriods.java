package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The periods of a labelled prediction log file, and the estimator fitted on its baseline. */
final class FilePeriods {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FilePeriods() {}

  static MonitoringInput of(
      PredictionLog log, List<Period> periods, String split, int baselinePeriods, long seed) {
    int[] labels = log.labels().orElseThrow(() -> new IllegalStateException("labels required"));
    List<MonitoredPeriod> monitored = new ArrayList<>();
    for (Period p : periods) {
      Optional<double[]> scores = log.scores().map(s -> PeriodMetrics.pick(s, p.rows()));
      monitored.add(
          new MonitoredPeriod(
              p.index(),
              p.start(),
              p.end(),
              PeriodMetrics.of(log, p, labels),
              scores,
              predictions(log, p),
              groundTruth(p, labels)));
    }
    return new MonitoringInput(
        log.file().source(),
        split,
        monitored,
        baselinePeriods,
        estimate(log, periods, labels, baselinePeriods, seed));
  }

  private static BaselineEstimate estimate(
      PredictionLog log, List<Period> periods, int[] labels, int baselinePeriods, long seed) {
    if (log.scores().isEmpty()) {
      return BaselineEstimate.unavailable("the log has no score column");
    }
    List<Period> baseline = periods.subList(0, Math.min(baselinePeriods, periods.size()));
    List<Integer> labelled = new ArrayList<>();
    for (Period p : baseline) {
      for (int row : p.rows()) {
        if (labels[row] != PredictionLog.UNLABELLED) {
          labelled.add(row);
        }
      }
    }
    int rows = labelled.size();
    double[] scores = new double[rows];
    int[] truth = new int[rows];
    for (int k = 0; k < rows; k++) {
      scores[k] = log.scores().get()[labelled.get(k)];
      truth[k] = labels[labelled.get(k)];
    }
    int chunk = Math.max(1, rows / baseline.size());
    return BaselineEstimate.fit(scores, truth, log.threshold(), chunk, seed);
  }

  private static ObjectNode predictions(PredictionLog log, Period p) {
    ObjectNode root = header(p);
    ArrayNode rows = root.putArray("predictions");
    for (int row : p.rows()) {
      ObjectNode r = rows.addObject().put("row", row).put("line", log.file().lines()[row]);
      log.scores().ifPresent(s -> r.put("score", s[row]));
      r.put("prediction", log.predictions()[row]);
    }
    return root;
  }

  private static ObjectNode groundTruth(Period p, int[] labels) {
    ObjectNode root = header(p);
    ArrayNode rows = root.putArray("labels");
    for (int row : p.rows()) {
      ObjectNode r = rows.addObject().put("row", row);
      if (labels[row] == PredictionLog.UNLABELLED) {
        r.putNull("label");
      } else {
        r.put("label", labels[row]);
      }
    }
    return root;
  }

  private static ObjectNode header(Period p) {
    ObjectNode root = JSON.createObjectNode().put("period", p.index()).put("rows", p.size());
    p.start().ifPresent(s -> root.put("start", s.toString()));
    p.end().ifPresent(e -> root.put("end", e.toString()));
    return root;
  }
}

package dev.vigil.app.degrade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import dev.vigil.app.csv.FileDigest;
import dev.vigil.app.monitor.LogFile;
import dev.vigil.app.monitor.PredictionLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what {@code vigil degrade} made: the labelled data and its metadata, as the seed names.
 */
final class DegradeOutput {

  static final String DATA = "artificial_ground_truth_data.csv";
  static final String METADATA = "ground_truth_metadata.json";
  static final String LABEL = "artificial_ground_truth";
  static final String PERIOD = "period";

  private DegradeOutput() {}

  /** Input columns (but an earlier run's two added columns), then the label and the period. */
  static void writeData(Path file, LogFile log, int[] labels, AccuracySchedule schedule) {
    List<Integer> kept = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (int c = 0; c < log.header().size(); c++) {
      String name = log.header().get(c);
      if (!name.equals(LABEL) && !name.equals(PERIOD)) {
        kept.add(c);
        header.add(name);
      }
    }
    header.add(LABEL);
    header.add(PERIOD);
    try (CsvWriter out = CsvWriter.builder().build(file)) {
      out.writeRecord(header);
      for (int p = 0; p < schedule.periods(); p++) {
        for (int row = schedule.startRow(p); row < schedule.endRow(p); row++) {
          String[] cells = log.rows().get(row);
          List<String> record = new ArrayList<>(header.size());
          kept.forEach(c -> record.add(cells[c]));
          record.add(Integer.toString(labels[row]));
          record.add(Integer.toString(p));
          out.writeRecord(record);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static ObjectNode metadata(
      Path source,
      PredictionLog log,
      int[] labels,
      AccuracySchedule schedule,
      boolean dropGiven,
      long seed) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("source", source.toString());
    root.put("source_sha256", FileDigest.sha256(source));
    root.put("rows", schedule.rows());
    root.put("batch_size", schedule.batchSize());
    root.put("num_periods", schedule.periods());
    root.put("seed", seed);
    root.put("start_accuracy", schedule.start());
    root.put("drop_per_period", schedule.drop());
    root.put("drop", dropGiven ? "given" : "spread");
    root.put("threshold", log.threshold());
    log.labels().ifPresent(truth -> root.put("source_accuracy", agreement(log, truth)));
    ArrayNode periods = root.putArray("periods");
    for (int p = 0; p < schedule.periods(); p++) {
      int correct = 0;
      for (int row = schedule.startRow(p); row < schedule.endRow(p); row++) {
        correct += labels[row] == log.predictions()[row] ? 1 : 0;
      }
      int rows = schedule.endRow(p) - schedule.startRow(p);
      periods
          .addObject()
          .put("period", p)
          .put("start_row", schedule.startRow(p))
          .put("end_row", schedule.endRow(p))
          .put("rows", rows)
          .put("target_accuracy", schedule.target(p))
          .put("correct", correct)
          .put("accuracy", (double) correct / rows);
    }
    return root;
  }

  /** The accuracy of the predictions on the log's own labels, null without any label. */
  private static Double agreement(PredictionLog log, int[] truth) {
    int same = 0;
    int labelled = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] != PredictionLog.UNLABELLED) {
        labelled++;
        same += truth[i] == log.predictions()[i] ? 1 : 0;
      }
    }
    return labelled == 0 ? null : (double) same / labelled;
  }
}

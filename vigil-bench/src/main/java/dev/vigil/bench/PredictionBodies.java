package dev.vigil.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds JSON bodies for {@code POST /api/v1/models/{name}/predictions}: batches of records with 12
 * features (8 numeric {@code x0..x7}, 4 categorical {@code c0..c3}), a score and a model version.
 * Every record id is unique within the process and, through a per-run prefix, across runs, so no
 * record is a duplicate. The feature parts are generated once (fixed seed) and reused, so building
 * a body costs little client CPU next to the server's work.
 */
final class PredictionBodies {

  static final int NUMERIC_FEATURES = 8;
  static final int CATEGORICAL_FEATURES = 4;
  private static final String[][] CATEGORIES = {
    {"France", "Germany", "Spain", "Italy", "Portugal"},
    {"basic", "plus", "premium"},
    {"web", "app", "store", "phone", "partner", "other"},
    {"A", "B", "C", "D", "E", "F", "G", "H"}
  };
  private static final int DISTINCT_RECORDS = 4096;

  private final String idPrefix;
  private final String[] recordTails = new String[DISTINCT_RECORDS];
  private final AtomicLong nextId = new AtomicLong();

  PredictionBodies(String runId) {
    this.idPrefix = "{\"id\":\"" + runId + "-";
    String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    SplittableRandom random = new SplittableRandom(42);
    for (int r = 0; r < DISTINCT_RECORDS; r++) {
      recordTails[r] = recordTail(random, timestamp);
    }
  }

  /** The model registration body: the 12-column schema, labels 1/0. */
  static String registration(String model) {
    StringBuilder b = new StringBuilder("{\"name\":\"").append(model).append("\",\"schema\":[");
    for (int f = 0; f < NUMERIC_FEATURES; f++) {
      b.append("{\"name\":\"x").append(f).append("\",\"type\":\"numeric\"},");
    }
    for (int f = 0; f < CATEGORICAL_FEATURES; f++) {
      b.append("{\"name\":\"c").append(f).append("\",\"type\":\"categorical\"}");
      b.append(f + 1 < CATEGORICAL_FEATURES ? "," : "");
    }
    return b.append("],\"positive_class\":\"positive\",\"positive_labels\":[1],")
        .append("\"negative_labels\":[0]}")
        .toString();
  }

  /** A body of {@code size} records with fresh ids. */
  String nextBatch(int size) {
    long first = nextId.getAndAdd(size);
    StringBuilder b = new StringBuilder(size * 330).append("{\"records\":[");
    for (int i = 0; i < size; i++) {
      long id = first + i;
      b.append(i == 0 ? "" : ",").append(idPrefix).append(id).append('"');
      b.append(recordTails[(int) (id % DISTINCT_RECORDS)]);
    }
    return b.append("]}").toString();
  }

  private static String recordTail(SplittableRandom random, String timestamp) {
    StringBuilder b = new StringBuilder(320);
    b.append(",\"timestamp\":\"").append(timestamp).append("\",\"features\":{");
    for (int f = 0; f < NUMERIC_FEATURES; f++) {
      double value = 50 + 10 * f + (random.nextDouble() - 0.5) * 20 * (f + 1);
      b.append("\"x").append(f).append("\":").append(Math.round(value * 1e4) / 1e4).append(',');
    }
    for (int f = 0; f < CATEGORICAL_FEATURES; f++) {
      String[] values = CATEGORIES[f];
      b.append("\"c").append(f).append("\":\"").append(values[random.nextInt(values.length)]);
      b.append(f + 1 < CATEGORICAL_FEATURES ? "\"," : "\"");
    }
    double score = Math.round(random.nextDouble() * 1e4) / 1e4;
    return b.append("},\"score\":").append(score).append(",\"model_version\":\"1\"}").toString();
  }
}

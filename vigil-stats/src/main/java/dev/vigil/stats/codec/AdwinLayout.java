package dev.vigil.stats.codec;

import dev.vigil.stats.detect.AdwinState;

/**
 * Body layout of an {@link AdwinState}, format version 1, little-endian:
 *
 * <pre>
 * double delta, int clock, int max_buckets, int min_window_length, int grace_period
 * byte signal (0 none, 1 warning, 2 drift)
 * double total, double variance, double width, double total_width
 * int bucket_count, int max_bucket_count, int tick, int detections
 * int rows (1..64), then per row i: int k (&lt;= max_buckets), k doubles totals, k doubles variances
 * </pre>
 */
final class AdwinLayout {

  private static final int MAX_ROWS = 64;

  private AdwinLayout() {}

  static void write(ByteWriter out, AdwinState s) {
    AdwinState.Settings p = s.settings();
    out.writeDouble(p.delta());
    out.writeInt(p.clock());
    out.writeInt(p.maxBuckets());
    out.writeInt(p.minWindowLength());
    out.writeInt(p.gracePeriod());
    DetectorFields.writeSignal(out, s.signal());
    out.writeDouble(s.total());
    out.writeDouble(s.variance());
    out.writeDouble(s.width());
    out.writeDouble(s.totalWidth());
    out.writeInt(s.bucketCount());
    out.writeInt(s.maxBucketCount());
    out.writeInt(s.tick());
    out.writeInt(s.detections());
    double[][] totals = s.bucketTotals();
    double[][] variances = s.bucketVariances();
    out.writeInt(totals.length);
    for (int i = 0; i < totals.length; i++) {
      out.writeInt(totals[i].length);
      out.writeDoubles(totals[i]);
      out.writeDoubles(variances[i]);
    }
  }

  static AdwinState read(ByteReader in) {
    AdwinState.Settings p =
        new AdwinState.Settings(
            in.readDouble("adwin delta"),
            in.readInt("adwin clock"),
            in.readInt("adwin max_buckets"),
            in.readInt("adwin min_window_length"),
            in.readInt("adwin grace_period"));
    var signal = DetectorFields.readSignal(in, "adwin signal");
    double total = in.readDouble("adwin total");
    double variance = in.readDouble("adwin variance");
    double width = in.readDouble("adwin width");
    double totalWidth = in.readDouble("adwin total width");
    int bucketCount = in.readInt("adwin bucket count");
    int maxBucketCount = in.readInt("adwin max bucket count");
    int tick = in.readInt("adwin tick");
    int detections = in.readInt("adwin detections");
    int rows = in.readCount("adwin rows", MAX_ROWS);
    double[][] totals = new double[rows][];
    double[][] variances = new double[rows][];
    for (int i = 0; i < rows; i++) {
      int k = in.readCount("adwin row " + i + " count", p.maxBuckets());
      totals[i] = in.readDoubles(k, "adwin row " + i + " totals");
      variances[i] = in.readDoubles(k, "adwin row " + i + " variances");
    }
    return new AdwinState(
        p,
        signal,
        total,
        variance,
        width,
        totalWidth,
        bucketCount,
        maxBucketCount,
        tick,
        detections,
        totals,
        variances);
  }
}

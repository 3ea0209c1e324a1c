package dev.vigil.stats.codec;

import dev.vigil.stats.detect.DetectorSignal;

/** Fields shared by the detector layouts: the signal byte and length-prefixed double arrays. */
final class DetectorFields {

  /** Largest array a detector layout accepts, so a corrupt length cannot exhaust memory. */
  static final int MAX_VALUES = 1 << 26;

  private DetectorFields() {}

  static void writeSignal(ByteWriter out, DetectorSignal signal) {
    out.writeByte(signal.ordinal());
  }

  static DetectorSignal readSignal(ByteReader in, String field) {
    int b = in.readByte(field);
    DetectorSignal[] all = DetectorSignal.values();
    if (b >= all.length) {
      throw new IllegalArgumentException(field + ": unknown signal byte " + b);
    }
    return all[b];
  }

  /** An int count, then that many doubles. */
  static void writeValues(ByteWriter out, double[] values) {
    out.writeInt(values.length);
    out.writeDoubles(values);
  }

  static double[] readValues(ByteReader in, String field, int max) {
    return in.readDoubles(in.readCount(field + " count", max), field);
  }
}

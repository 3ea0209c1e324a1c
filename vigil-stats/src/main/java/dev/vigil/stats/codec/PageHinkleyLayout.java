package dev.vigil.stats.codec;

import dev.vigil.stats.detect.PageHinkley;
import dev.vigil.stats.detect.PageHinkleyState;

/**
 * Body layout of a {@link PageHinkleyState}, format version 1, little-endian:
 *
 * <pre>
 * int min_instances; double delta, threshold, alpha; int mode code (0 both, 1 up, -1 down)
 * long count; double mean, sumIncrease, sumDecrease, minIncrease, maxDecrease
 * byte flags: bit 0 drift
 * </pre>
 */
final class PageHinkleyLayout {

  private PageHinkleyLayout() {}

  static void write(ByteWriter out, PageHinkleyState s) {
    out.writeInt(s.minInstances());
    out.writeDouble(s.delta());
    out.writeDouble(s.threshold());
    out.writeDouble(s.alpha());
    out.writeInt(s.mode().code());
    out.writeLong(s.count());
    out.writeDouble(s.mean());
    out.writeDouble(s.sumIncrease());
    out.writeDouble(s.sumDecrease());
    out.writeDouble(s.minIncrease());
    out.writeDouble(s.maxDecrease());
    FlagBits.write(out, s.drift());
  }

  static PageHinkleyState read(ByteReader in) {
    int minInstances = in.readInt("page-hinkley min_instances");
    double delta = in.readDouble("page-hinkley delta");
    double threshold = in.readDouble("page-hinkley threshold");
    double alpha = in.readDouble("page-hinkley alpha");
    PageHinkley.Mode mode = PageHinkley.Mode.ofCode(in.readInt("page-hinkley mode"));
    long count = in.readLong("page-hinkley count");
    double mean = in.readDouble("page-hinkley mean");
    double sumIncrease = in.readDouble("page-hinkley sumIncrease");
    double sumDecrease = in.readDouble("page-hinkley sumDecrease");
    double minIncrease = in.readDouble("page-hinkley minIncrease");
    double maxDecrease = in.readDouble("page-hinkley maxDecrease");
    int flags = FlagBits.read(in, "page-hinkley flags", 1);
    return new PageHinkleyState(
        minInstances,
        delta,
        threshold,
        alpha,
        mode,
        count,
        mean,
        sumIncrease,
        sumDecrease,
        minIncrease,
        maxDecrease,
        FlagBits.isSet(flags, 0));
  }
}

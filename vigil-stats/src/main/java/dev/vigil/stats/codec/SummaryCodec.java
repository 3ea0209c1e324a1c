package dev.vigil.stats.codec;

import dev.vigil.stats.detect.AdwinState;
import dev.vigil.stats.detect.IksState;
import dev.vigil.stats.detect.KswinState;
import dev.vigil.stats.detect.MeanVarianceShiftState;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionSummary;
import java.util.function.Function;

/**
 * The one binary format of Vigil's summaries; it owns every byte layout.
 *
 * <p>Every encoding starts with a 4-byte header: magic {@code 'V' 'G'}, the format version ({@link
 * #VERSION}) and the {@link SummaryType} id; the body follows, laid out by the type's layout class
 * ({@code NumericSummaryLayout}, {@code CategoricalSummaryLayout}, {@code
 * PredictionSummaryLayout}). Sketches are embedded length-prefixed in DataSketches' own
 * serialization. Bytes written by a version must decode forever: a layout change needs a new
 * version and a reader for the old one. Type 4 is reserved for the labelled summary: add a {@code
 * LabelledSummaryLayout} and an encode/decode pair here.
 *
 * <p>Decoding rejects a wrong magic, an unknown version or type, a type other than the one asked
 * for, truncated input, trailing bytes and any body that breaks the summary's invariants, with an
 * IllegalArgumentException saying which.
 */
public final class SummaryCodec {

  /** The format version this codec writes. */
  public static final int VERSION = 1;

  private static final byte MAGIC_0 = 'V';
  private static final byte MAGIC_1 = 'G';

  private SummaryCodec() {}

  public static byte[] encode(NumericSummary summary) {
    ByteWriter out = header(SummaryType.NUMERIC);
    NumericSummaryLayout.write(out, summary);
    return out.toByteArray();
  }

  public static byte[] encode(CategoricalSummary summary) {
    ByteWriter out = header(SummaryType.CATEGORICAL);
    CategoricalSummaryLayout.write(out, summary);
    return out.toByteArray();
  }

  public static byte[] encode(PredictionSummary summary) {
    ByteWriter out = header(SummaryType.PREDICTION);
    PredictionSummaryLayout.write(out, summary);
    return out.toByteArray();
  }

  public static NumericSummary decodeNumeric(byte[] bytes) {
    return decode(bytes, SummaryType.NUMERIC, NumericSummaryLayout::read);
  }

  public static CategoricalSummary decodeCategorical(byte[] bytes) {
    return decode(bytes, SummaryType.CATEGORICAL, CategoricalSummaryLayout::read);
  }

  public static PredictionSummary decodePrediction(byte[] bytes) {
    return decode(bytes, SummaryType.PREDICTION, PredictionSummaryLayout::read);
  }

  /**
   * The type of an encoded summary, after checking its header.
   *
   * @throws IllegalArgumentException for a short or foreign header, or an unknown version or type
   */
  public static SummaryType typeOf(byte[] bytes) {
    return readHeader(new ByteReader(bytes));
  }

  private static ByteWriter header(SummaryType type) {
    ByteWriter out = new ByteWriter();
    out.writeByte(MAGIC_0);
    out.writeByte(MAGIC_1);
    out.writeByte(VERSION);
    out.writeByte(type.id());
    return out;
  }

  private static SummaryType readHeader(ByteReader in) {
    int m0 = in.readByte("header magic");
    int m1 = in.readByte("header magic");
    if (m0 != MAGIC_0 || m1 != MAGIC_1) {
      throw new IllegalArgumentException(
          "not a Vigil summary: magic bytes 0x%02x 0x%02x, expected 'V' 'G'".formatted(m0, m1));
    }
    int version = in.readByte("header version");
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "unsupported summary format version " + version + "; this codec reads " + VERSION);
    }
    return SummaryType.ofId(in.readByte("header type"));
  }

  private static <T> T decode(byte[] bytes, SummaryType expected, Function<ByteReader, T> body) {
    ByteReader in = new ByteReader(bytes);
    SummaryType type = readHeader(in);
    if (type != expected) {
      throw new IllegalArgumentException("expected a " + expected + " summary, got " + type);
    }
    T summary = body.apply(in);
    in.requireEnd(expected + " summary");
    return summary;
  }

  public static byte[] encode(AdwinState state) {
    ByteWriter out = header(SummaryType.ADWIN);
    AdwinLayout.write(out, state);
    return out.toByteArray();
  }

  public static AdwinState decodeAdwin(byte[] bytes) {
    return decode(bytes, SummaryType.ADWIN, AdwinLayout::read);
  }

  public static byte[] encode(KswinState state) {
    ByteWriter out = header(SummaryType.KSWIN);
    KswinLayout.write(out, state);
    return out.toByteArray();
  }

  public static KswinState decodeKswin(byte[] bytes) {
    return decode(bytes, SummaryType.KSWIN, KswinLayout::read);
  }

  public static byte[] encode(IksState state) {
    ByteWriter out = header(SummaryType.IKS);
    IksLayout.write(out, state);
    return out.toByteArray();
  }

  public static IksState decodeIks(byte[] bytes) {
    return decode(bytes, SummaryType.IKS, IksLayout::read);
  }

  public static byte[] encode(MeanVarianceShiftState state) {
    ByteWriter out = header(SummaryType.MEAN_VARIANCE_SHIFT);
    MeanVarianceShiftLayout.write(out, state);
    return out.toByteArray();
  }

  public static MeanVarianceShiftState decodeMeanVarianceShift(byte[] bytes) {
    return decode(bytes, SummaryType.MEAN_VARIANCE_SHIFT, MeanVarianceShiftLayout::read);
  }
}

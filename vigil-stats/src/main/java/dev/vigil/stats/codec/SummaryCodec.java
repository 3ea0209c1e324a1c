package dev.vigil.stats.codec;

import dev.vigil.stats.detect.Adwin;
import dev.vigil.stats.detect.AdwinState;
import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.Ddm;
import dev.vigil.stats.detect.DdmState;
import dev.vigil.stats.detect.Eddm;
import dev.vigil.stats.detect.EddmState;
import dev.vigil.stats.detect.HddmA;
import dev.vigil.stats.detect.HddmAState;
import dev.vigil.stats.detect.HddmW;
import dev.vigil.stats.detect.HddmWState;
import dev.vigil.stats.detect.Iks;
import dev.vigil.stats.detect.IksState;
import dev.vigil.stats.detect.Kswin;
import dev.vigil.stats.detect.KswinState;
import dev.vigil.stats.detect.MeanVarianceShift;
import dev.vigil.stats.detect.MeanVarianceShiftState;
import dev.vigil.stats.detect.PageHinkley;
import dev.vigil.stats.detect.PageHinkleyState;
import dev.vigil.stats.estimate.EstimatedConfusion;
import dev.vigil.stats.estimate.IsotonicCalibrator;
import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionSummary;
import java.util.function.Function;

/**
 * The one binary format of Vigil's summaries; it owns every byte layout.
 *
 * <p>Every encoding starts with a 4-byte header: magic {@code 'V' 'G'}, the format version ({@link
 * #VERSION}) and the {@link SummaryType} id; the body follows, laid out by the type's layout class
 * ({@code NumericSummaryLayout}, {@code CategoricalSummaryLayout}, {@code PredictionSummaryLayout},
 * {@code LabelledSummaryLayout}). Sketches are embedded length-prefixed in DataSketches' own
 * serialization. Bytes written by a version must decode forever: a layout change needs a new
 * version and a reader for the old one. Types 5-9 are change-detector states ({@code
 * PageHinkleyLayout}, {@code DdmLayout}, {@code EddmLayout}, {@code HddmALayout}, {@code
 * HddmWLayout}), with yes/no fields packed in one flag byte; types 10-13 the window-based detectors
 * ({@code AdwinLayout}, {@code KswinLayout}, {@code IksLayout}, {@code MeanVarianceShiftLayout});
 * 14 and 15 the performance estimator's calibrator and expected confusion ({@code
 * CalibratorLayout}, {@code EstimatedConfusionLayout}).
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

  public static byte[] encode(LabelledSummary summary) {
    ByteWriter out = header(SummaryType.LABELLED);
    LabelledSummaryLayout.write(out, summary);
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

  public static LabelledSummary decodeLabelled(byte[] bytes) {
    return decode(bytes, SummaryType.LABELLED, LabelledSummaryLayout::read);
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

  // Change-detector states (types 5-9): restore a detector with e.g. PageHinkley.restore(state).

  public static byte[] encode(PageHinkleyState state) {
    ByteWriter out = header(SummaryType.PAGE_HINKLEY);
    PageHinkleyLayout.write(out, state);
    return out.toByteArray();
  }

  public static byte[] encode(DdmState state) {
    ByteWriter out = header(SummaryType.DDM);
    DdmLayout.write(out, state);
    return out.toByteArray();
  }

  public static byte[] encode(EddmState state) {
    ByteWriter out = header(SummaryType.EDDM);
    EddmLayout.write(out, state);
    return out.toByteArray();
  }

  public static byte[] encode(HddmAState state) {
    ByteWriter out = header(SummaryType.HDDM_A);
    HddmALayout.write(out, state);
    return out.toByteArray();
  }

  public static byte[] encode(HddmWState state) {
    ByteWriter out = header(SummaryType.HDDM_W);
    HddmWLayout.write(out, state);
    return out.toByteArray();
  }

  public static PageHinkleyState decodePageHinkley(byte[] bytes) {
    return decode(bytes, SummaryType.PAGE_HINKLEY, PageHinkleyLayout::read);
  }

  public static DdmState decodeDdm(byte[] bytes) {
    return decode(bytes, SummaryType.DDM, DdmLayout::read);
  }

  public static EddmState decodeEddm(byte[] bytes) {
    return decode(bytes, SummaryType.EDDM, EddmLayout::read);
  }

  public static HddmAState decodeHddmA(byte[] bytes) {
    return decode(bytes, SummaryType.HDDM_A, HddmALayout::read);
  }

  public static HddmWState decodeHddmW(byte[] bytes) {
    return decode(bytes, SummaryType.HDDM_W, HddmWLayout::read);
  }

  public static byte[] encode(IsotonicCalibrator calibrator) {
    ByteWriter out = header(SummaryType.CALIBRATOR);
    CalibratorLayout.write(out, calibrator);
    return out.toByteArray();
  }

  public static IsotonicCalibrator decodeCalibrator(byte[] bytes) {
    return decode(bytes, SummaryType.CALIBRATOR, CalibratorLayout::read);
  }

  public static byte[] encode(EstimatedConfusion window) {
    ByteWriter out = header(SummaryType.ESTIMATED_CONFUSION);
    EstimatedConfusionLayout.write(out, window);
    return out.toByteArray();
  }

  public static EstimatedConfusion decodeEstimatedConfusion(byte[] bytes) {
    return decode(bytes, SummaryType.ESTIMATED_CONFUSION, EstimatedConfusionLayout::read);
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

  /** The state of any change detector, as its own type's encoding. */
  public static byte[] encodeDetector(ChangeDetector detector) {
    return switch (detector.method()) {
      case PAGE_HINKLEY -> encode(((PageHinkley) detector).state());
      case DDM -> encode(((Ddm) detector).state());
      case EDDM -> encode(((Eddm) detector).state());
      case HDDM_A -> encode(((HddmA) detector).state());
      case HDDM_W -> encode(((HddmW) detector).state());
      case ADWIN -> encode(((Adwin) detector).state());
      case KSWIN -> encode(((Kswin) detector).state());
      case IKS -> encode(((Iks) detector).state());
      case MEAN_VARIANCE_SHIFT -> encode(((MeanVarianceShift) detector).state());
    };
  }

  /**
   * A detector restored from {@link #encodeDetector}'s bytes, continuing exactly where the saved
   * one stopped.
   *
   * @throws IllegalArgumentException for bytes that are not a detector's state
   */
  public static ChangeDetector decodeDetector(byte[] bytes) {
    SummaryType type = typeOf(bytes);
    return switch (type) {
      case PAGE_HINKLEY -> PageHinkley.restore(decodePageHinkley(bytes));
      case DDM -> Ddm.restore(decodeDdm(bytes));
      case EDDM -> Eddm.restore(decodeEddm(bytes));
      case HDDM_A -> HddmA.restore(decodeHddmA(bytes));
      case HDDM_W -> HddmW.restore(decodeHddmW(bytes));
      case ADWIN -> Adwin.restore(decodeAdwin(bytes));
      case KSWIN -> Kswin.restore(decodeKswin(bytes));
      case IKS -> Iks.restore(decodeIks(bytes));
      case MEAN_VARIANCE_SHIFT -> MeanVarianceShift.restore(decodeMeanVarianceShift(bytes));
      default -> throw new IllegalArgumentException("not a change detector's state: " + type);
    };
  }
}

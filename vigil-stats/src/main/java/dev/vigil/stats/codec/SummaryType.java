package dev.vigil.stats.codec;

/** The kinds of summary the codec knows, with the type id byte each is written with. */
public enum SummaryType {
  NUMERIC(1),
  CATEGORICAL(2),
  PREDICTION(3),
  /** A {@code dev.vigil.stats.metrics.LabelledSummary}. */
  LABELLED(4),
  /** State of a {@code dev.vigil.stats.detect.PageHinkley} detector. */
  PAGE_HINKLEY(5),
  /** State of a {@code dev.vigil.stats.detect.Ddm} detector. */
  DDM(6),
  /** State of a {@code dev.vigil.stats.detect.Eddm} detector. */
  EDDM(7),
  /** State of a {@code dev.vigil.stats.detect.HddmA} detector. */
  HDDM_A(8),
  /** State of a {@code dev.vigil.stats.detect.HddmW} detector. */
  HDDM_W(9),
  /** A saved {@code dev.vigil.stats.detect.Adwin}. */
  ADWIN(10),
  /** A saved {@code dev.vigil.stats.detect.Kswin}. */
  KSWIN(11),
  /** A saved {@code dev.vigil.stats.detect.Iks}. */
  IKS(12),
  /** A saved {@code dev.vigil.stats.detect.MeanVarianceShift}. */
  MEAN_VARIANCE_SHIFT(13),
  /** {@code dev.vigil.stats.estimate.IsotonicCalibrator}: {@code CalibratorLayout}. */
  CALIBRATOR(14),
  /** {@code dev.vigil.stats.estimate.EstimatedConfusion}: {@code EstimatedConfusionLayout}. */
  ESTIMATED_CONFUSION(15);

  private final int id;

  SummaryType(int id) {
    this.id = id;
  }

  /** The type id byte. */
  public int id() {
    return id;
  }

  /**
   * The type with this id byte.
   *
   * @throws IllegalArgumentException for an unknown id
   */
  public static SummaryType ofId(int id) {
    for (SummaryType type : values()) {
      if (type.id == id) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown summary type id " + id);
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT) + " (" + id + ")";
  }
}

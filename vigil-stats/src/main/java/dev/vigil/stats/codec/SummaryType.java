package dev.vigil.stats.codec;

/** The kinds of summary the codec knows, with the type id byte each is written with. */
public enum SummaryType {
  NUMERIC(1),
  CATEGORICAL(2),
  PREDICTION(3),
  /**
   * Reserved for {@code dev.vigil.stats.metrics.LabelledSummary}; its layout is to be added as a
   * {@code LabelledSummaryLayout} with encode/decode methods in {@link SummaryCodec}.
   */
  LABELLED(4),
  /** A saved {@code dev.vigil.stats.detect.Adwin}. */
  ADWIN(10),
  /** A saved {@code dev.vigil.stats.detect.Kswin}. */
  KSWIN(11),
  /** A saved {@code dev.vigil.stats.detect.Iks}. */
  IKS(12),
  /** A saved {@code dev.vigil.stats.detect.MeanVarianceShift}. */
  MEAN_VARIANCE_SHIFT(13);

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

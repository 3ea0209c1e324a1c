package dev.vigil.stats.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The change detectors Vigil provides, by their command-line identifiers. */
public enum DetectorMethod {
  PAGE_HINKLEY("page-hinkley", false),
  DDM("ddm", true),
  EDDM("eddm", true),
  HDDM_A("hddm-a", true),
  HDDM_W("hddm-w", true),
  ADWIN("adwin", false),
  KSWIN("kswin", false),
  IKS("iks", false),
  MEAN_VARIANCE_SHIFT("mean-variance-shift", false);

  private final String id;
  private final boolean errorStream;

  DetectorMethod(String id, boolean errorStream) {
    this.id = id;
    this.errorStream = errorStream;
  }

  public String id() {
    return id;
  }

  /** Whether the detector takes a 0/1 error stream rather than real values. */
  public boolean errorStream() {
    return errorStream;
  }

  /**
   * A new detector of this method with the given parameters over River's defaults.
   *
   * @throws IllegalArgumentException naming an unknown parameter or an invalid value
   */
  public ChangeDetector create(DetectorParameters parameters) {
    return switch (this) {
      case PAGE_HINKLEY -> PageHinkley.of(parameters);
      case DDM -> Ddm.of(parameters);
      case EDDM -> Eddm.of(parameters);
      case HDDM_A -> HddmA.of(parameters);
      case HDDM_W -> HddmW.of(parameters);
      case ADWIN -> Adwin.of(parameters);
      case KSWIN -> Kswin.of(parameters);
      case IKS -> Iks.of(parameters);
      case MEAN_VARIANCE_SHIFT -> MeanVarianceShift.of(parameters);
    };
  }

  public static DetectorMethod fromId(String id) {
    String wanted = id.toLowerCase(Locale.ROOT).replace('_', '-');
    for (DetectorMethod m : values()) {
      if (m.id.equals(wanted)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown detector '"
            + id
            + "'; known: "
            + Arrays.stream(values()).map(DetectorMethod::id).collect(Collectors.joining(", ")));
  }
}

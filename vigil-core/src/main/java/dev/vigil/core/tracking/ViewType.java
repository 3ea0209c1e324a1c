package dev.vigil.core.tracking;

/** Which experiments or runs a search sees by their lifecycle stage (MLflow's ViewType). */
public enum ViewType {
  ACTIVE_ONLY,
  DELETED_ONLY,
  ALL;

  public boolean includes(LifecycleStage stage) {
    return switch (this) {
      case ACTIVE_ONLY -> stage == LifecycleStage.ACTIVE;
      case DELETED_ONLY -> stage == LifecycleStage.DELETED;
      case ALL -> true;
    };
  }

  /** The view named {@code text}, or ACTIVE_ONLY when it is null or empty. */
  public static ViewType parse(String text, String field) {
    if (text == null || text.isEmpty()) {
      return ACTIVE_ONLY;
    }
    for (ViewType v : values()) {
      if (v.name().equals(text)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        field + ": '" + text + "' is not one of ACTIVE_ONLY, DELETED_ONLY, ALL");
  }
}

package dev.vigil.core.tracking;

/**
 * The status of a tracked run, MLflow's {@code RunStatus}: a run starts RUNNING (or SCHEDULED) and
 * ends FINISHED, FAILED or KILLED, the terminal states.
 */
public enum RunStatus {
  RUNNING,
  SCHEDULED,
  FINISHED,
  FAILED,
  KILLED;

  /** True for the states a run ends in: FINISHED, FAILED and KILLED. */
  public boolean isTerminal() {
    return this == FINISHED || this == FAILED || this == KILLED;
  }

  /** The status named {@code text} (MLflow's spelling); an error naming {@code status} if none. */
  public static RunStatus parse(String text) {
    for (RunStatus s : values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "status: '" + text + "' is not one of RUNNING, SCHEDULED, FINISHED, FAILED, KILLED");
  }
}

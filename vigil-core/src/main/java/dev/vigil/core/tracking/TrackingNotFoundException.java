package dev.vigil.core.tracking;

/** An experiment, run or metric that does not exist (MLflow's RESOURCE_DOES_NOT_EXIST). */
public final class TrackingNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TrackingNotFoundException(String message) {
    super(message);
  }

  static TrackingNotFoundException run(String runId) {
    return new TrackingNotFoundException("Run with id=" + runId + " not found");
  }

  static TrackingNotFoundException experiment(String experimentId) {
    return new TrackingNotFoundException("No Experiment with id=" + experimentId + " exists");
  }
}

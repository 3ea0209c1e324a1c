package dev.vigil.core.tracking;

/**
 * An experiment could not be created or renamed: the name is taken, possibly by a deleted
 * experiment (MLflow's RESOURCE_ALREADY_EXISTS).
 */
public final class ExperimentAlreadyExistsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExperimentAlreadyExistsException(String name) {
    super("Experiment '" + name + "' already exists");
  }
}

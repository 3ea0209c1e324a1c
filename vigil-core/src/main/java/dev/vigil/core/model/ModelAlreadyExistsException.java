package dev.vigil.core.model;

/** A monitored model could not be created because one with the same name already exists. */
public final class ModelAlreadyExistsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String name;

  public ModelAlreadyExistsException(String name) {
    super("a monitored model named '" + name + "' already exists");
    this.name = name;
  }

  public String name() {
    return name;
  }
}

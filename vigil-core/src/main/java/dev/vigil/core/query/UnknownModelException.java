package dev.vigil.core.query;

/** A query named a model that is not monitored. */
public final class UnknownModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownModelException(String name) {
    super("no monitored model named '" + name + "'");
  }
}

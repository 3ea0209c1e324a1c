package dev.vigil.core.query;

/** A query needs the model's reference (drift does), and none has been uploaded. */
public final class MissingReferenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissingReferenceException(String model) {
    super("reference: model '" + model + "' has no reference data to compare with; upload one");
  }
}

package dev.vigil.core.registry;

/** A registered model, version or alias that does not exist; {@link #field()} names which. */
public final class RegistryNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public RegistryNotFoundException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

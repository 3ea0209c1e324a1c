package dev.vigil.core.registry;

/**
 * A registry change refused because of the registry's state: a model name already taken. Nothing
 * was changed.
 */
public final class RegistryConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public RegistryConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

package dev.vigil.models;

/**
 * A raw feature value that does not fit its input's kind. The message starts with the input's name
 * (the field of a 400 answer); {@link #row()} is the index of the row in the request.
 */
public final class InvalidFeatureException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final int row;

  public InvalidFeatureException(String input, int row, String problem) {
    super(input + ": row " + row + ": " + problem);
    this.input = input;
    this.row = row;
  }

  /** The name of the input the value was given for. */
  public String input() {
    return input;
  }

  /** The index of the row, from 0. */
  public int row() {
    return row;
  }
}

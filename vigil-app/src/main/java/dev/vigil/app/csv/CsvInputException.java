package dev.vigil.app.csv;

/**
 * A CSV file Vigil cannot use: the message names the file and, where it applies, the line and the
 * column, so that the command can print it as it is.
 */
public final class CsvInputException extends RuntimeException {

  public CsvInputException(String message) {
    super(message);
  }

  public CsvInputException(String message, Throwable cause) {
    super(message, cause);
  }

  static CsvInputException atCell(String file, long line, String column, String problem) {
    return new CsvInputException(file + " line " + line + ", column '" + column + "': " + problem);
  }

  static CsvInputException atLine(String file, long line, String problem) {
    return new CsvInputException(file + " line " + line + ": " + problem);
  }
}

package dev.vigil.app.detect;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.vigil.app.csv.CsvInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a stream written one number a line; blank lines are missing values (NaN). */
public final class ValueLines {

  private ValueLines() {}

  public static double[] read(Path path) {
    String source = path.toString();
    double[] values = new double[1024];
    int size = 0;
    long line = 0;
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (size == values.length) {
          values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = parse(source, line, text.strip());
      }
    } catch (NoSuchFileException e) {
      throw new CsvInputException(source + ": no such file");
    } catch (IOException e) {
      throw new CsvInputException(source + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return Arrays.copyOf(values, size);
  }

  private static double parse(String source, long line, String text) {
    if (text.isEmpty()) {
      return Double.NaN;
    }
    try {
      double value = JavaDoubleParser.parseDouble(text);
      if (Double.isNaN(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new CsvInputException(source + " line " + line + ": '" + text + "' is not a number");
    }
  }
}

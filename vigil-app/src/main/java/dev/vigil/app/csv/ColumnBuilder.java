package dev.vigil.app.csv;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.vigil.core.schema.CellClass;
import dev.vigil.core.schema.CellSyntax;
import dev.vigil.core.schema.KindInference;
import dev.vigil.stats.drift.ColumnKind;
import java.util.Arrays;

/**
 * Collects the cells of one column while a file is parsed.
 *
 * <p>In {@link Mode#INFER} the column is stored as numbers until its first non-number, then as
 * category codes; cells that were numbers before that point lose their text, which {@link
 * #lostText()} reports so that the caller can read the file again with the schema it now knows.
 * {@link Mode#NUMERIC} rejects a non-number with an error naming the file, line and column.
 */
final class ColumnBuilder {

  /** How cells are read. */
  enum Mode {
    INFER,
    /** Numbers only, because the reference file's column is numeric. */
    NUMERIC,
    /** Numbers only, because the column is a stream of values. */
    NUMBERS,
    CATEGORICAL
  }

  private final String name;
  private final Mode mode;
  private final String file;
  private final KindInference inference = new KindInference();
  private double[] numbers;
  private int[] codes;
  private CategoryDictionary dictionary;
  private int size;
  private boolean sawNumber;
  private boolean lostText;

  ColumnBuilder(String name, Mode mode, String file, int expectedRows) {
    this.name = name;
    this.mode = mode;
    this.file = file;
    int capacity = Math.max(16, expectedRows);
    if (mode == Mode.CATEGORICAL) {
      startCodes(capacity);
    } else {
      numbers = new double[capacity];
    }
  }

  String name() {
    return name;
  }

  void add(char[] chars, int offset, int length, long line) {
    if (mode == Mode.CATEGORICAL) {
      boolean blank = CellSyntax.trimStart(chars, offset, offset + length) == offset + length;
      addCode(blank ? -1 : dictionary.codeOf(chars, offset, length));
      return;
    }
    CellClass cell = CellSyntax.classify(chars, offset, length);
    inference.add(cell);
    if (cell == CellClass.BLANK) {
      addMissing();
    } else if (cell == CellClass.NUMBER && codes == null) {
      addNumber(parse(chars, offset, length));
      sawNumber = true;
    } else if (mode == Mode.NUMERIC || mode == Mode.NUMBERS) {
      throw CsvInputException.atCell(
          file,
          line,
          name,
          "'"
              + new String(chars, offset, length)
              + "' is not a number"
              + (mode == Mode.NUMERIC ? " (the column is numeric in the reference)" : ""));
    } else {
      if (codes == null) {
        lostText = sawNumber;
        startCodes(numbers.length);
        Arrays.fill(codes, 0, size, -1);
        numbers = null;
      }
      addCode(dictionary.codeOf(chars, offset, length));
    }
  }

  /** The kind the cells added so far imply. */
  ColumnKind inferredKind() {
    return inference.kind();
  }

  /** Whether some cells were stored as numbers before the column turned out not to be numeric. */
  boolean lostText() {
    return lostText;
  }

  /** Whether the cells are held as numbers (so far every non-blank cell was one). */
  boolean holdsNumbers() {
    return codes == null;
  }

  /** Whether any cell was stored as a number. */
  boolean sawNumber() {
    return sawNumber;
  }

  /** The finished column; {@code kind} must agree with how the cells were held. */
  TableColumn build(ColumnKind kind) {
    if (kind == ColumnKind.NUMERIC) {
      if (codes != null) {
        throw new IllegalStateException(name + ": cells are categories, not numbers");
      }
      return new TableColumn.Numeric(name, Arrays.copyOf(numbers, size));
    }
    if (codes == null) {
      if (sawNumber) {
        throw new IllegalStateException(name + ": cells were read as numbers");
      }
      int[] missing = new int[size];
      Arrays.fill(missing, -1);
      return new TableColumn.Categorical(name, kind, missing, java.util.List.of());
    }
    return new TableColumn.Categorical(name, kind, Arrays.copyOf(codes, size), dictionary.labels());
  }

  private static double parse(char[] chars, int offset, int length) {
    int start = CellSyntax.trimStart(chars, offset, offset + length);
    int end = CellSyntax.trimEnd(chars, start, offset + length);
    if (CellSyntax.isInfinity(chars, start, end)) {
      return chars[start] == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return JavaDoubleParser.parseDouble(chars, start, end - start);
  }

  private void startCodes(int capacity) {
    codes = new int[capacity];
    dictionary = new CategoryDictionary();
  }

  private void addMissing() {
    if (codes == null) {
      addNumber(Double.NaN);
    } else {
      addCode(-1);
    }
  }

  private void addNumber(double value) {
    if (size == numbers.length) {
      numbers = Arrays.copyOf(numbers, grownCapacity(size));
    }
    numbers[size++] = value;
  }

  private void addCode(int code) {
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, grownCapacity(size));
    }
    codes[size++] = code;
  }

  private static int grownCapacity(int size) {
    if (size >= Integer.MAX_VALUE - 16) {
      throw new CsvInputException("more than " + size + " rows: too many for one file");
    }
    return (int) Math.min(Integer.MAX_VALUE - 8, size + (size >> 1) + 16L);
  }
}

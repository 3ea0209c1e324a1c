package dev.vigil.core.schema;

/**
 * The syntax of cells in text data, shared by every reader so that all of them infer the same
 * schema from the same text.
 *
 * <p>Numbers are decimal: an optional sign, digits with an optional decimal point (at least one
 * digit on either side), an optional exponent; or {@code inf}/{@code infinity} with an optional
 * sign, in any case. Leading and trailing spaces and tabs are allowed. {@code NaN}, {@code NA},
 * hexadecimal and Java's {@code d}/{@code f} suffixes are not numbers: only blank cells are
 * missing.
 */
public final class CellSyntax {

  private CellSyntax() {}

  /** Classifies {@code chars[offset, offset + length)}. */
  public static CellClass classify(char[] chars, int offset, int length) {
    int start = trimStart(chars, offset, offset + length);
    int end = trimEnd(chars, start, offset + length);
    if (start == end) {
      return CellClass.BLANK;
    }
    if (isNumber(chars, start, end)) {
      return CellClass.NUMBER;
    }
    return isBoolean(chars, start, end) ? CellClass.BOOLEAN : CellClass.TEXT;
  }

  public static CellClass classify(String cell) {
    return classify(cell.toCharArray(), 0, cell.length());
  }

  /** First index in {@code [from, to)} that is not a space or tab, or {@code to}. */
  public static int trimStart(char[] chars, int from, int to) {
    int i = from;
    while (i < to && isSpace(chars[i])) {
      i++;
    }
    return i;
  }

  /** One past the last index in {@code [from, to)} that is not a space or tab, or {@code from}. */
  public static int trimEnd(char[] chars, int from, int to) {
    int i = to;
    while (i > from && isSpace(chars[i - 1])) {
      i--;
    }
    return i;
  }

  /** Whether the trimmed range {@code [start, end)} is an infinity (with its optional sign). */
  public static boolean isInfinity(char[] chars, int start, int end) {
    int i = start < end && (chars[start] == '+' || chars[start] == '-') ? start + 1 : start;
    return equalsIgnoreCase(chars, i, end, "inf") || equalsIgnoreCase(chars, i, end, "infinity");
  }

  private static boolean isNumber(char[] chars, int start, int end) {
    int i = start;
    if (chars[i] == '+' || chars[i] == '-') {
      i++;
    }
    int intDigits = countDigits(chars, i, end);
    i += intDigits;
    int fracDigits = 0;
    if (i < end && chars[i] == '.') {
      i++;
      fracDigits = countDigits(chars, i, end);
      i += fracDigits;
    }
    if (intDigits + fracDigits == 0) {
      return isInfinity(chars, start, end);
    }
    if (i < end && (chars[i] == 'e' || chars[i] == 'E')) {
      i++;
      if (i < end && (chars[i] == '+' || chars[i] == '-')) {
        i++;
      }
      int expDigits = countDigits(chars, i, end);
      if (expDigits == 0) {
        return false;
      }
      i += expDigits;
    }
    return i == end;
  }

  private static boolean isBoolean(char[] chars, int start, int end) {
    return equalsIgnoreCase(chars, start, end, "true")
        || equalsIgnoreCase(chars, start, end, "false");
  }

  private static int countDigits(char[] chars, int from, int end) {
    int i = from;
    while (i < end && chars[i] >= '0' && chars[i] <= '9') {
      i++;
    }
    return i - from;
  }

  private static boolean equalsIgnoreCase(char[] chars, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.toLowerCase(chars[start + i]) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}

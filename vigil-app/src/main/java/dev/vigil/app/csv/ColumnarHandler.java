package dev.vigil.app.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Receives FastCSV's fields straight from its buffer and hands each to its column's builder, so no
 * String is made per cell. Skips the header record and blank lines; rejects ragged rows. Builds no
 * record objects: the reader is driven to the end by a single {@code hasNext()}.
 */
final class ColumnarHandler extends AbstractBaseCsvCallbackHandler<Object> {

  private final String source;
  private final ColumnBuilder[] byField;
  private final int headerFields;
  private boolean headerDone;
  private long line;
  private int rows;

  /**
   * @param byField the builder of each field position, null for a field that is not read
   */
  ColumnarHandler(String source, ColumnBuilder[] byField) {
    this.source = source;
    this.byField = byField.clone();
    this.headerFields = byField.length;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int length, boolean quoted) {
    if (headerDone && fieldIdx < headerFields) {
      ColumnBuilder builder = byField[fieldIdx];
      if (builder != null) {
        builder.add(buf, offset, length, line);
      }
    }
  }

  @Override
  protected Object buildRecord() {
    if (getRecordType() != RecordType.DATA) {
      return null;
    }
    if (!headerDone) {
      headerDone = true;
      return null;
    }
    if (getFieldCount() != headerFields) {
      throw CsvInputException.atLine(
          source,
          line,
          getFieldCount()
              + (getFieldCount() == 1 ? " field" : " fields")
              + ", but the header has "
              + headerFields);
    }
    rows++;
    return null;
  }

  int rows() {
    return rows;
  }
}

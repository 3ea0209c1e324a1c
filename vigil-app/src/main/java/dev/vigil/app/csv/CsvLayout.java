package dev.vigil.app.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What is learnt from the first bytes of a CSV file before it is parsed: its delimiter, its header
 * and a guess at its number of rows (to size the column arrays once).
 *
 * @param source the file as the user named it, for messages
 */
public record CsvLayout(
    Path path, String source, char delimiter, List<String> header, long bytes, int expectedRows) {

  static final int SAMPLE_BYTES = 64 * 1024;

  public CsvLayout {
    header = List.copyOf(header);
  }

  /** Reads the beginning of the file; errors name the file. */
  public static CsvLayout probe(Path path) {
    String source = path.toString();
    byte[] head;
    long bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = Files.size(path);
      head = in.readNBytes(SAMPLE_BYTES);
    } catch (NoSuchFileException e) {
      throw new CsvInputException(source + ": no such file");
    } catch (IOException e) {
      throw new CsvInputException(source + ": cannot be read (" + e.getMessage() + ")", e);
    }
    boolean wholeFile = head.length == bytes;
    String sample = decode(source, head, wholeFile);
    if (sample.isBlank()) {
      throw new CsvInputException(source + ": the file is empty (a header line is expected)");
    }
    char delimiter = DelimiterDetector.detect(sample, wholeFile);
    List<CsvRecord> records = sampleRecords(sample, delimiter);
    List<String> header = headerNames(source, records.get(0));
    if (records.size() < 2) {
      throw new CsvInputException(source + ": the file has a header but no data rows");
    }
    return new CsvLayout(path, source, delimiter, header, bytes, expectedRows(head, bytes));
  }

  private static String decode(String source, byte[] head, boolean wholeFile) {
    int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB ? 3 : 0;
    int end = head.length;
    if (!wholeFile) {
      while (end > start && (head[end - 1] & 0xC0) == 0x80) {
        end--; // do not cut a multi-byte character in two
      }
      end = Math.max(start, end - 1);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(head, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CsvInputException(source + ": not UTF-8 text", e);
    }
  }

  private static List<CsvRecord> sampleRecords(String sample, char delimiter) {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .fieldSeparator(delimiter)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(sample)) {
      Iterator<CsvRecord> it = reader.iterator();
      while (it.hasNext() && records.size() < 3) {
        records.add(it.next());
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    return records;
  }

  private static List<String> headerNames(String source, CsvRecord record) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < record.getFieldCount(); i++) {
      String name = record.getField(i).strip();
      if (name.isEmpty()) {
        name = "unnamed_" + (i + 1); // pandas writes its index under an empty name
      }
      Integer previous = seen.put(name, i);
      if (previous != null) {
        throw CsvInputException.atLine(
            source,
            record.getStartingLineNumber(),
            "the header names column '"
                + name
                + "' twice (fields "
                + (previous + 1)
                + " and "
                + (i + 1)
                + ")");
      }
      names.add(name);
    }
    return names;
  }

  private static int expectedRows(byte[] head, long bytes) {
    int lines = 0;
    for (byte b : head) {
      if (b == '\n') {
        lines++;
      }
    }
    double bytesPerLine = (double) head.length / Math.max(1, lines);
    return (int) Math.min(Integer.MAX_VALUE - 16, bytes / bytesPerLine * 1.05 + 16);
  }
}

package dev.vigil.app.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the field delimiter of a CSV file (comma, semicolon or tab) from its first lines: the
 * candidate that splits every sampled record into the same number of fields, and the most fields,
 * wins; quoted fields are respected. A file no candidate splits is read as one comma-separated
 * column.
 */
public final class DelimiterDetector {

  static final char[] CANDIDATES = {',', ';', '\t'};

  private DelimiterDetector() {}

  /**
   * @param sample the beginning of the file, without a byte order mark
   * @param wholeFile whether the sample is the entire file (else its last record may be cut)
   */
  public static char detect(String sample, boolean wholeFile) {
    char best = ',';
    int bestFields = 1;
    boolean bestConsistent = false;
    for (char candidate : CANDIDATES) {
      List<Integer> counts = fieldCounts(sample, candidate, wholeFile);
      if (counts.isEmpty()) {
        continue;
      }
      boolean consistent = counts.stream().allMatch(c -> c.equals(counts.get(0)));
      int fields = counts.get(0);
      boolean better =
          fields > 1
              && ((consistent && !bestConsistent)
                  || (consistent == bestConsistent && fields > bestFields));
      if (better) {
        best = candidate;
        bestFields = fields;
        bestConsistent = consistent;
      }
    }
    return best;
  }

  /** Number of fields in each complete, non-empty record of the sample. */
  static List<Integer> fieldCounts(String sample, char delimiter, boolean wholeFile) {
    List<Integer> counts = new ArrayList<>();
    boolean quoted = false;
    int fields = 1;
    boolean recordEmpty = true;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c == '"') {
        quoted = !quoted; // an escaped quote "" toggles twice, which is what it should do
        recordEmpty = false;
      } else if (!quoted && c == delimiter) {
        fields++;
        recordEmpty = false;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (!recordEmpty) {
          counts.add(fields);
        }
        fields = 1;
        recordEmpty = true;
      } else {
        recordEmpty = false;
      }
    }
    if (wholeFile && !recordEmpty && !quoted) {
      counts.add(fields);
    }
    return counts;
  }
}

package dev.vigil.app.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelimiterDetectorTest {

  @Test
  void comma() {
    assertEquals(',', DelimiterDetector.detect("a,b,c\n1,2,3\n4,5,6\n", true));
  }

  @Test
  void semicolonWithDecimalCommas() {
    assertEquals(';', DelimiterDetector.detect("age;income\n41;1234,5\n38;99,25\n", true));
  }

  @Test
  void tab() {
    assertEquals('\t', DelimiterDetector.detect("a\tb\n1\t2\r\n3\t4\r\n", true));
  }

  @Test
  void delimitersInsideQuotesDoNotCount() {
    String sample = "name;city\n\"Smith, John\";\"Paris, France\"\n\"Doe, Jane\";Lyon\n";
    assertEquals(';', DelimiterDetector.detect(sample, true));
  }

  @Test
  void quotedNewlinesStayInTheirRecord() {
    assertEquals(
        List.of(2, 2, 2), DelimiterDetector.fieldCounts("a,b\n\"x\ny\",1\nz,2\n", ',', true));
  }

  @Test
  void aCutLastRecordIsIgnored() {
    assertEquals(List.of(3, 3), DelimiterDetector.fieldCounts("a,b,c\n1,2,3\n4,5", ',', false));
    assertEquals(List.of(3, 3, 2), DelimiterDetector.fieldCounts("a,b,c\n1,2,3\n4,5", ',', true));
  }

  @Test
  void consistencyBeatsMoreFields() {
    // commas split the records unevenly (3 then 2 fields), semicolons evenly
    assertEquals(';', DelimiterDetector.detect("a;b,c\n1;2\n3;4\n", true));
  }

  @Test
  void aSingleColumnFileIsReadWithCommas() {
    assertEquals(',', DelimiterDetector.detect("value\n1\n2\n", true));
  }
}

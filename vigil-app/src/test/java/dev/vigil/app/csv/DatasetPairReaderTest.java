package dev.vigil.app.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.stats.drift.ColumnKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetPairReaderTest {

  @TempDir Path dir;

  private DatasetPair read(String reference, String current) {
    CsvLayout ref = CsvLayout.probe(CsvFiles.write(dir, "A.csv", reference));
    CsvLayout cur = CsvLayout.probe(CsvFiles.write(dir, "B.csv", current));
    return DatasetPairReader.read(
        ref, cur, new LinkedHashSet<>(ref.header()), ProgressMeter.silent());
  }

  private String message(String reference, String current) {
    return assertThrows(CsvInputException.class, () -> read(reference, current)).getMessage();
  }

  private static double[] numbers(Table table, String column) {
    return ((TableColumn.Numeric) table.column(column)).values();
  }

  private static List<String> categories(Table table, String column) {
    TableColumn.Categorical c = (TableColumn.Categorical) table.column(column);
    return java.util.Arrays.stream(c.codes())
        .mapToObj(code -> code < 0 ? null : c.labels().get(code))
        .toList();
  }

  @Test
  void infersKindsFromTheReferenceAndReadsColumnMajor() {
    DatasetPair pair =
        read(
            "age,city,active,score\n41,Paris,true,1.5\n,Lyon,FALSE, \n38,,True,-2e3\n",
            "age,city,active,score\n50,Nice,false,inf\n");
    assertEquals(
        List.of(ColumnKind.NUMERIC, ColumnKind.CATEGORICAL, ColumnKind.BOOLEAN, ColumnKind.NUMERIC),
        pair.schema().columns().stream().map(c -> c.kind()).toList());
    assertEquals(3, pair.reference().rows());
    assertArrayEquals(new double[] {41, Double.NaN, 38}, numbers(pair.reference(), "age"));
    assertArrayEquals(new double[] {1.5, Double.NaN, -2000}, numbers(pair.reference(), "score"));
    assertEquals(
        java.util.Arrays.asList("Paris", "Lyon", null), categories(pair.reference(), "city"));
    assertArrayEquals(new double[] {Double.POSITIVE_INFINITY}, numbers(pair.current(), "score"));
  }

  @Test
  void quotedFieldsBomCrlfAndSemicolons() {
    String reference =
        "\uFEFFname;note;amount\r\n\"Smith; John\";\"says \"\"hi\"\"\r\nthen leaves\";\"12.5\"\r\n"
            + "Doe;plain;7\r\n";
    DatasetPair pair = read(reference, "name;note;amount\nX;y;1\n");
    assertEquals(List.of("name", "note", "amount"), pair.schema().names());
    assertEquals(
        List.of("Smith; John", "says \"hi\"\r\nthen leaves", "Doe", "plain"),
        List.of(
            categories(pair.reference(), "name").get(0),
            categories(pair.reference(), "note").get(0),
            categories(pair.reference(), "name").get(1),
            categories(pair.reference(), "note").get(1)));
    assertArrayEquals(new double[] {12.5, 7}, numbers(pair.reference(), "amount"));
  }

  @Test
  void aColumnWhoseFirstWordComesAfterNumbersKeepsTheNumbersText() {
    DatasetPair pair = read("zip\n01000\n2.50\nA1\n", "zip\n01000\n");
    assertEquals(ColumnKind.CATEGORICAL, pair.schema().kindOf("zip"));
    assertEquals(List.of("01000", "2.50", "A1"), categories(pair.reference(), "zip"));
    assertEquals(List.of("01000"), categories(pair.current(), "zip"));
  }

  @Test
  void currentColumnsAreMatchedByNameInAnyOrder() {
    DatasetPair pair = read("a,b\n1,x\n", "b,a\ny,2\n");
    assertArrayEquals(new double[] {2}, numbers(pair.current(), "a"));
    assertEquals(List.of("y"), categories(pair.current(), "b"));
  }

  @Test
  void onlyRequestedColumnsAreRead() throws IOException {
    CsvLayout ref = CsvLayout.probe(CsvFiles.write(dir, "A.csv", "id,v\nabc,1\n"));
    CsvLayout cur = CsvLayout.probe(CsvFiles.write(dir, "B.csv", "id,v\n7,2\n"));
    DatasetPair pair = DatasetPairReader.read(ref, cur, Set.of("v"), ProgressMeter.silent());
    assertEquals(List.of("v"), pair.schema().names());
  }

  @Test
  void aWordInANumericColumnOfTheCurrentFileNamesFileLineAndColumn() {
    assertEquals(
        dir.resolve("B.csv")
            + " line 3, column 'Age': 'abc' is not a number"
            + " (the column is numeric in the reference)",
        message("Age,x\n1,a\n2,b\n", "Age,x\n5,a\nabc,b\n7,c\n"));
  }

  @Test
  void raggedRowsNameFileAndLine() {
    assertEquals(
        dir.resolve("A.csv") + " line 3: 3 fields, but the header has 2",
        message("a,b\n1,2\n3,4,5\n", "a,b\n1,2\n"));
    assertEquals(
        dir.resolve("B.csv") + " line 2: 1 field, but the header has 2",
        message("a,b\n1,2\n", "a,b\n1\n"));
  }

  @Test
  void missingAndExtraColumns() {
    assertEquals(
        dir.resolve("B.csv")
            + ": column 'b' of the reference "
            + dir.resolve("A.csv")
            + " is missing",
        message("a,b\n1,2\n", "a\n1\n"));
    assertEquals(
        dir.resolve("B.csv")
            + ": column 'c' is not in the reference "
            + dir.resolve("A.csv")
            + " (exclude it to ignore it)",
        message("a,b\n1,2\n", "a,b,c\n1,2,3\n"));
  }

  @Test
  void emptyHeaderOnlyAndMissingFiles() throws IOException {
    assertEquals(
        dir.resolve("A.csv") + ": the file is empty (a header line is expected)",
        message("", "a\n1\n"));
    assertEquals(
        dir.resolve("A.csv") + ": the file has a header but no data rows",
        message("a,b\r\n", "a\n1\n"));
    Path nowhere = dir.resolve("nowhere.csv");
    assertEquals(
        nowhere + ": no such file",
        assertThrows(CsvInputException.class, () -> CsvLayout.probe(nowhere)).getMessage());
    Files.write(dir.resolve("latin1.csv"), new byte[] {'a', '\n', (byte) 0xE9, '\n'});
    assertEquals(
        dir.resolve("latin1.csv") + ": not UTF-8 text",
        assertThrows(CsvInputException.class, () -> CsvLayout.probe(dir.resolve("latin1.csv")))
            .getMessage());
  }

  @Test
  void duplicateAndEmptyHeaderNames() {
    assertEquals(
        dir.resolve("A.csv") + " line 1: the header names column 'a' twice (fields 1 and 3)",
        message("a,b,a\n1,2,3\n", "a\n1\n"));
    CsvLayout layout = CsvLayout.probe(CsvFiles.write(dir, "C.csv", ",x\n0,1\n"));
    assertEquals(List.of("unnamed_1", "x"), layout.header());
  }

  @Test
  void blankLinesAreSkipped() {
    DatasetPair pair = read("a,b\n1,2\n\n3,4\n", "a,b\n5,6\n");
    assertArrayEquals(new double[] {1, 3}, numbers(pair.reference(), "a"));
  }
}

package dev.vigil.app.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.SharedData;
import dev.vigil.app.csv.CsvLayout;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableReader;
import dev.vigil.stats.drift.ColumnKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank churn file as training sees it: which columns are ids, and the rows and labels. */
class TrainingTableTest {

  private static Table churn;

  @TempDir Path dir;

  @BeforeAll
  static void read() {
    CsvLayout layout = CsvLayout.probe(SharedData.path("Churn_Modelling.csv"));
    churn = TableReader.read(layout, new LinkedHashSet<>(layout.header()), ProgressMeter.silent());
  }

  @Test
  void rowNumbersCustomerIdsAndSurnamesAreIdLikeButSalariesAreNot() {
    Map<String, String> ids = IdLikeColumns.detect(churn);
    assertEquals(List.of("RowNumber", "CustomerId", "Surname"), List.copyOf(ids.keySet()));
    assertTrue(ids.get("Surname").startsWith("2932 distinct values"), ids.get("Surname"));
  }

  @Test
  void aSmallFileHasNoIdColumns() throws Exception {
    Path file = dir.resolve("small.csv");
    Files.writeString(file, "id,x,y\n1,0.5,0\n2,0.7,1\n3,0.1,0\n");
    CsvLayout layout = CsvLayout.probe(file);
    Table small =
        TableReader.read(layout, new LinkedHashSet<>(layout.header()), ProgressMeter.silent());
    assertTrue(IdLikeColumns.detect(small).isEmpty());
  }

  @Test
  void theTargetBecomesZeroOneLabelsAndTheRestAreInputs() {
    TrainingTable table = TrainingTable.of(churn, "Exited", Optional.empty());
    assertEquals(10_000, table.rows().size());
    assertEquals(2037, Arrays.stream(table.labels()).sum());
    assertEquals("1", table.classes().positiveValues().get(0));
    assertEquals(13, table.inputs().size());
    assertEquals(ColumnKind.CATEGORICAL, table.inputs().kindOf("Geography"));
    Object[] first = table.rows().get(0);
    int geography = table.inputs().names().indexOf("Geography");
    int score = table.inputs().names().indexOf("CreditScore");
    assertEquals("France", first[geography]);
    assertEquals(619.0, first[score]);
  }

  @Test
  void twoTextLabelsNeedThePositiveOneNamedUnlessItIsAKnownSpelling() throws Exception {
    Path file = dir.resolve("text.csv");
    Files.writeString(file, "x,status\n1,stayed\n2,left\n3,stayed\n");
    CsvLayout layout = CsvLayout.probe(file);
    Table table =
        TableReader.read(layout, new LinkedHashSet<>(layout.header()), ProgressMeter.silent());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TrainingTable.of(table, "status", Optional.empty()));
    assertTrue(e.getMessage().startsWith("--positive-label"), e.getMessage());
    TrainingTable named = TrainingTable.of(table, "status", Optional.of("left"));
    assertArrayEquals(new int[] {0, 1, 0}, named.labels());
  }

  @Test
  void aBlankLabelIsRefusedNamingTheLine() throws Exception {
    Path file = dir.resolve("blank.csv");
    Files.writeString(file, "x,y,z\n1,0,a\n1,,b\n0,1,\n");
    CsvLayout layout = CsvLayout.probe(file);
    Table table =
        TableReader.read(layout, new LinkedHashSet<>(layout.header()), ProgressMeter.silent());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TrainingTable.of(table, "y", Optional.empty()));
    assertEquals("--target y: line 3 has no label", e.getMessage());
    TrainingTable z = TrainingTable.of(table, "x", Optional.of("1"));
    assertNull(z.rows().get(2)[1]);
  }

  @Test
  void aTargetWithThreeValuesIsNotBinary() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TrainingTable.of(churn, "Geography", Optional.empty()));
    assertTrue(e.getMessage().contains("exactly two values"), e.getMessage());
  }
}

package dev.vigil.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.drift.ColumnKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSchemaTest {

  @Test
  void duplicateNamesAreRejectedWithTheirPositions() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DatasetSchema(
                    List.of(
                        new ColumnSchema("a", ColumnKind.NUMERIC),
                        new ColumnSchema("b", ColumnKind.NUMERIC),
                        new ColumnSchema("a", ColumnKind.BOOLEAN))));
    assertEquals("columns: duplicate name 'a' at positions 1 and 3", e.getMessage());
  }

  @Test
  void blankNamesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ColumnSchema(" ", ColumnKind.NUMERIC));
  }

  @Test
  void looksColumnsUpByName() {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(
                new ColumnSchema("age", ColumnKind.NUMERIC),
                new ColumnSchema("city", ColumnKind.CATEGORICAL)));
    assertEquals(ColumnKind.CATEGORICAL, schema.kindOf("city"));
    assertEquals(List.of("age", "city"), schema.names());
    assertTrue(schema.column("zip").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> schema.kindOf("zip"));
  }
}

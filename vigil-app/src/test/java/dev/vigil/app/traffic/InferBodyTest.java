package dev.vigil.app.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InferBodyTest {

  private static final List<ServedInput> INPUTS =
      List.of(
          new ServedInput("Age", "FP64"),
          new ServedInput("Geography", "BYTES"),
          new ServedInput("IsActive", "BOOL"),
          new ServedInput("Tenure", "FP64"));

  @Test
  void oneTensorPerInputInItsDatatypeWithMissingValuesAsNull() {
    Map<String, Object> row = new HashMap<>();
    row.put("Age", 42);
    row.put("Geography", "France");
    row.put("IsActive", true);
    row.put("CustomerId", 15634602); // not an input: not sent
    assertEquals(
        "{\"inputs\":["
            + "{\"name\":\"Age\",\"datatype\":\"FP64\",\"shape\":[1],\"data\":[42.0]},"
            + "{\"name\":\"Geography\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"France\"]},"
            + "{\"name\":\"IsActive\",\"datatype\":\"BOOL\",\"shape\":[1],\"data\":[true]},"
            + "{\"name\":\"Tenure\",\"datatype\":\"FP64\",\"shape\":[1],\"data\":[null]}]}",
        InferBody.of(INPUTS, List.of(row)).toString());
  }

  @Test
  void valuesThatDoNotFitTheDatatypeGoAsText() {
    Map<String, Object> row =
        Map.of("Age", "forty", "Geography", 2.0, "IsActive", 1.0, "Tenure", 3.5);
    assertEquals(
        "{\"inputs\":["
            + "{\"name\":\"Age\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"forty\"]},"
            + "{\"name\":\"Geography\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"2\"]},"
            + "{\"name\":\"IsActive\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"1\"]},"
            + "{\"name\":\"Tenure\",\"datatype\":\"FP64\",\"shape\":[1],\"data\":[3.5]}]}",
        InferBody.of(INPUTS, List.of(row)).toString());
  }
}

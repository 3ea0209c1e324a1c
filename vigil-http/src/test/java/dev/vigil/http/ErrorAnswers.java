package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Checks the error body every refused request must have. */
final class ErrorAnswers {

  private ErrorAnswers() {}

  /** Asserts the status, that the body is exactly {error, field}, and the field named. */
  static JsonNode assertError(Answer answer, int status, String field) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.body());
    JsonNode body = answer.json();
    List<String> keys = new java.util.ArrayList<>();
    body.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("error", "field"), keys, answer.body());
    assertFalse(body.get("error").asText().isBlank(), answer.body());
    if (field == null) {
      assertTrue(body.get("field").isNull(), answer.body());
    } else {
      assertEquals(field, body.get("field").asText(), answer.body());
    }
    return body;
  }
}

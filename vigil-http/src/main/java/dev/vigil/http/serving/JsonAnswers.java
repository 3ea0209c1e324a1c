package dev.vigil.http.serving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.http.ApiException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads inference bodies and writes answers. Any Content-Type is read as JSON, as KServe's servers
 * do (clients often send none); the body size limit is the server's ({@code max_body_bytes}).
 */
final class JsonAnswers {

  private final ObjectMapper json;

  JsonAnswers(ObjectMapper json) {
    this.json = json;
  }

  ObjectMapper mapper() {
    return json;
  }

  JsonNode readObject(Context ctx) {
    JsonNode body;
    try {
      body = json.readTree(ctx.bodyAsBytes());
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "body", "the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("body", "the body must be a JSON object");
    }
    return body;
  }

  void send(Context ctx, int status, JsonNode answer) {
    try {
      ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(answer));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an answer", e);
    }
  }
}

package dev.vigil.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** An HTTP answer in a test: status, headers and body, with the body parsed as JSON on demand. */
record Answer(int status, HttpResponse<String> response) {

  private static final ObjectMapper JSON = new ObjectMapper();

  String body() {
    return response.body();
  }

  String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  JsonNode json() {
    try {
      return JSON.readTree(response.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }
}

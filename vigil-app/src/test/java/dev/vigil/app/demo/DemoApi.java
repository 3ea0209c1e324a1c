package dev.vigil.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GETs against a running Vigil, for the demo's tests. */
final class DemoApi {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final int port;

  DemoApi(int port) {
    this.port = port;
  }

  JsonNode json(String pathAndQuery) throws Exception {
    return json.readTree(text(pathAndQuery));
  }

  String text(String pathAndQuery) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(pathAndQuery + ": " + answer.statusCode() + answer.body());
    }
    return answer.body();
  }

  /** The sum of a counter's samples whose labels include {@code model="<model>"}. */
  double metricSum(String name, String model) throws Exception {
    double sum = 0;
    for (String line : text("/metrics").split("\n")) {
      if (line.startsWith(name + "{") && line.contains("model=\"" + model + "\"")) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }
}

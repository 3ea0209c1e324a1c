package dev.vigil.http.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two webhook payloads as a receiver on loopback gets them, and a refusal. */
class WebhookSenderTest {

  private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");

  private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final ObjectMapper json = new ObjectMapper();
  private HttpServer receiver;
  private volatile int status = 200;

  @BeforeEach
  void listen() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          received.add(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void close() {
    receiver.stop(0);
  }

  @Test
  void theGenericPayloadIsAlertmanagersWebhookShape() throws Exception {
    new WebhookSender(hook(), WebhookSender.Format.GENERIC)
        .send(List.of(firing(), resolved()), NOW);
    JsonNode body = json.readTree(received.poll(5, TimeUnit.SECONDS));
    assertEquals("4", body.get("version").asText());
    assertEquals("firing", body.get("status").asText());
    assertEquals("firing", body.at("/alerts/0/status").asText());
    assertEquals("churn", body.at("/alerts/0/labels/model").asText());
    assertEquals("0001-01-01T00:00:00Z", body.at("/alerts/0/endsAt").asText());
    assertEquals("resolved", body.at("/alerts/1/status").asText());
    assertEquals("2026-11-23T10:30:00Z", body.at("/alerts/1/endsAt").asText());
  }

  @Test
  void theSlackPayloadIsOneTextLinePerAlert() throws Exception {
    new WebhookSender(hook(), WebhookSender.Format.SLACK).send(List.of(firing(), resolved()), NOW);
    JsonNode body = json.readTree(received.poll(5, TimeUnit.SECONDS));
    assertEquals(
        "[FIRING] VigilPerformanceDrop on churn (critical): roc_auc 0.64 below 0.70"
            + " <http://vigil:8080/models/churn>\n"
            + "[RESOLVED] VigilNoData on churn (warning): no predictions for 60m"
            + " <http://vigil:8080/models/churn>",
        body.get("text").asText());
  }

  @Test
  void aNon2xxAnswerIsADeliveryErrorWithTheStatus() {
    status = 500;
    DeliveryException e =
        assertThrows(
            DeliveryException.class,
            () ->
                new WebhookSender(hook(), WebhookSender.Format.GENERIC)
                    .send(List.of(firing()), NOW));
    assertTrue(e.getMessage().contains("answered 500"), e.getMessage());
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WebhookSender.Format.of("teams"));
    assertEquals("format: expected generic or slack, got 'teams'", e.getMessage());
  }

  private URI hook() {
    return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
  }

  private static AlertmanagerAlert firing() {
    return new AlertmanagerAlert(
        Map.of("alertname", "VigilPerformanceDrop", "model", "churn", "severity", "critical"),
        Map.of("summary", "roc_auc 0.64 below 0.70"),
        START,
        Optional.empty(),
        "http://vigil:8080/models/churn");
  }

  private static AlertmanagerAlert resolved() {
    return new AlertmanagerAlert(
        Map.of("alertname", "VigilNoData", "model", "churn", "severity", "warning"),
        Map.of("summary", "no predictions for 60m"),
        START,
        Optional.of(START.plusSeconds(1800)),
        "http://vigil:8080/models/churn");
  }
}

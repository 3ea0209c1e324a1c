package dev.vigil.app.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client streaming predictions and labels to a server from two threads until the server dies,
 * remembering every id it sent and every id the server acknowledged (2xx). Labels go to
 * acknowledged predictions and, now and then, to predictions not sent yet (early labels).
 */
final class EventStream {

  static final String MODEL = "crashtest";
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final List<String> GEOGRAPHIES = List.of("France", "Spain", "Germany");
  private static final int BATCH = 250;

  final Set<String> sentPredictions = ConcurrentHashMap.newKeySet();
  final Set<String> ackedPredictions = ConcurrentHashMap.newKeySet();
  final Set<String> sentLabels = ConcurrentHashMap.newKeySet();
  final Set<String> ackedLabels = ConcurrentHashMap.newKeySet();

  /** Answers that were neither 2xx nor a broken connection: none are expected. */
  final List<String> unexpected = new CopyOnWriteArrayList<>();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ServerProcess server;
  private final BlockingQueue<Integer> toLabel = new LinkedBlockingQueue<>();
  private final AtomicInteger nextId = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopped;

  EventStream(ServerProcess server) {
    this.server = server;
  }

  static String modelJson() {
    return """
        {"name": "%s",
         "schema": [{"name": "Age", "type": "numeric"},
                    {"name": "Geography", "type": "categorical"}],
         "positive_class": "churned", "positive_labels": [1], "negative_labels": [0],
         "granularity": "hour", "segments": ["Geography"]}
        """
        .formatted(MODEL);
  }

  void start() {
    threads.add(new Thread(this::streamPredictions, "crash-predictions"));
    threads.add(new Thread(this::streamLabels, "crash-labels"));
    threads.forEach(Thread::start);
  }

  /** Stops sending (the threads also stop by themselves once the server is gone). */
  void stop() throws InterruptedException {
    stopped = true;
    for (Thread t : threads) {
      t.join();
    }
  }

  private void streamPredictions() {
    while (!stopped) {
      int first = nextId.getAndAdd(BATCH);
      List<String> ids = new ArrayList<>();
      StringBuilder body = new StringBuilder("{\"records\":[");
      for (int n = first; n < first + BATCH; n++) {
        ids.add("p" + n);
        body.append(n == first ? "" : ",").append(predictionJson(n));
      }
      sentPredictions.addAll(ids);
      Boolean acked = post("/api/v1/models/" + MODEL + "/predictions", body.append("]}"));
      if (acked == null) {
        return;
      }
      if (acked) {
        ackedPredictions.addAll(ids);
        for (int n = first; n < first + BATCH; n++) {
          toLabel.add(n);
        }
      }
    }
  }

  private void streamLabels() {
    while (!stopped) {
      List<Integer> batch = new ArrayList<>();
      try {
        Integer first = toLabel.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
      } catch (InterruptedException e) {
        return;
      }
      toLabel.drainTo(batch, 199);
      // A few labels for predictions not sent yet: they must join when those arrive.
      int ahead = nextId.get() + 2 * BATCH;
      for (int n = ahead; n < ahead + 5; n++) {
        batch.add(n);
      }
      List<String> ids = batch.stream().map(n -> "p" + n).toList();
      StringBuilder body = new StringBuilder("{\"records\":[");
      for (int i = 0; i < batch.size(); i++) {
        body.append(i == 0 ? "" : ",").append(labelJson(batch.get(i)));
      }
      sentLabels.addAll(ids);
      Boolean acked = post("/api/v1/models/" + MODEL + "/feedback", body.append("]}"));
      if (acked == null) {
        return;
      }
      if (acked) {
        ackedLabels.addAll(ids);
      }
    }
  }

  static String predictionJson(int n) {
    return ("{\"id\":\"p%d\",\"timestamp\":\"%s\","
            + "\"features\":{\"Age\":%d,\"Geography\":\"%s\"},"
            + "\"score\":%s,\"model_version\":\"1\"}")
        .formatted(
            n,
            T0.plusSeconds(n),
            18 + n % 60,
            GEOGRAPHIES.get(n % GEOGRAPHIES.size()),
            (n % 97) / 97.0);
  }

  static String labelJson(int n) {
    return "{\"prediction_id\":\"p%d\",\"label\":%d,\"timestamp\":\"%s\"}"
        .formatted(n, (n / 3) % 2, T0.plusSeconds(n + 3600));
  }

  /** True when acknowledged, false for another answer, null once the server is unreachable. */
  private Boolean post(String path, CharSequence body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 == 2) {
        return true;
      }
      unexpected.add(path + " -> " + answer.statusCode() + " " + answer.body());
      return false;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}

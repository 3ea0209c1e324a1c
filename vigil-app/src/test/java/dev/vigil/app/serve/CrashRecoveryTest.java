package dev.vigil.app.serve;

import static dev.vigil.app.serve.EventStream.MODEL;
import static dev.vigil.app.serve.EventStream.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.window.Segment;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcPredictionStore;
import dev.vigil.store.JdbcWindowStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of issue 4: kill -9 {@code vigil serve} while a client streams predictions and
 * labels, restart it on the same data directory, and check that every acknowledged record is stored
 * exactly once and that the windows count every stored record exactly once.
 */
@Tag("integration")
class CrashRecoveryTest {

  private static final int ACKED_PREDICTIONS_BEFORE_KILL = 20_000;
  private static final int ACKED_LABELS_BEFORE_KILL = 5_000;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedRecordSurvivesAKillExactlyOnce() throws Exception {
    Path data = dir.resolve("data");
    // A short flush interval, so that the kill finds windows both flushed and pending.
    ServerProcess first =
        ServerProcess.start(data, dir.resolve("first.log"), "--flush-interval", "200ms");
    register(first);
    EventStream stream = new EventStream(first);
    stream.start();
    while (stream.ackedPredictions.size() < ACKED_PREDICTIONS_BEFORE_KILL
        || stream.ackedLabels.size() < ACKED_LABELS_BEFORE_KILL) {
      Thread.sleep(20);
    }
    first.kill();
    stream.stop();
    assertEquals(List.of(), stream.unexpected, "every answer before the kill is 2xx");

    // The restart replays what the kill left unflushed, flushes, and only then listens;
    // a second kill right after shows that this start-up flush is durable.
    ServerProcess second = ServerProcess.start(data, dir.resolve("second.log"));
    second.kill();

    try (Database database = Database.openDataDir(data)) {
      Stored stored = Stored.read(database, stream);
      assertTrue(
          stored.predictions().containsAll(stream.ackedPredictions),
          "every acknowledged prediction is stored");
      assertTrue(stored.labels().containsAll(stream.ackedLabels), "every acknowledged label");
      long count = new JdbcPredictionStore(database).countByModel(MODEL);
      System.out.printf(
          "crash test: sent %d predictions, %d acknowledged, %d stored; sent %d labels, %d"
              + " acknowledged, %d stored, %d joined%n",
          stream.sentPredictions.size(),
          stream.ackedPredictions.size(),
          count,
          stream.sentLabels.size(),
          stream.ackedLabels.size(),
          stored.labels().size(),
          stored.joined());
      assertEquals(stored.predictions().size(), count, "no stored prediction was never sent");
      assertTrue(count >= stream.ackedPredictions.size());

      List<Window> all = windows(database, Segment.ALL);
      assertEquals(count, all.stream().mapToLong(w -> w.summary().predictions()).sum());
      assertEquals(stored.joined(), all.stream().mapToLong(w -> w.summary().labelledCount()).sum());
      long bySegment = 0;
      for (String geography : EventStream.GEOGRAPHIES) {
        bySegment +=
            windows(database, new Segment("Geography", geography)).stream()
                .mapToLong(w -> w.summary().predictions())
                .sum();
      }
      assertEquals(count, bySegment, "each prediction is in exactly one Geography segment");
    }
  }

  private static void register(ServerProcess server) throws Exception {
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url("/api/v1/models")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(EventStream.modelJson()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
  }

  private static List<Window> windows(Database database, Segment segment) {
    return new JdbcWindowStore(database)
        .find(
            new WindowQuery(
                MODEL,
                T0.minus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(365)),
                segment,
                Optional.empty()));
  }

  /** Which of the ids the client sent are stored, and how many stored pairs are joined. */
  private record Stored(Set<String> predictions, Set<String> labels, long joined) {

    static Stored read(Database database, EventStream stream) {
      JdbcPredictionStore predictionStore = new JdbcPredictionStore(database);
      JdbcLabelStore labelStore = new JdbcLabelStore(database);
      Set<String> predictions = new HashSet<>();
      for (String id : stream.sentPredictions) {
        predictionStore.find(MODEL, id).ifPresent(p -> predictions.add(id));
      }
      Set<String> labels = new HashSet<>();
      for (String id : stream.sentLabels) {
        labelStore.find(MODEL, id).ifPresent(l -> labels.add(id));
      }
      long joined = labels.stream().filter(predictions::contains).count();
      return new Stored(predictions, labels, joined);
    }
  }
}

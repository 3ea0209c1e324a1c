package dev.vigil.store;

import static dev.vigil.store.Events.MODEL;
import static dev.vigil.store.Events.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.kserve.EventKind;
import dev.vigil.core.kserve.ExpiredHalves;
import dev.vigil.core.kserve.KServeEvent;
import dev.vigil.core.kserve.OfferOutcome;
import dev.vigil.core.kserve.OfferOutcome.Status;
import dev.vigil.core.kserve.PendingEventStore;
import dev.vigil.core.kserve.PendingEventStore.Join;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PendingEventStore} must do; run once per database by the subclasses. */
abstract class PendingEventStoreContract {

  /** A stand-in join: one prediction per event pair, its score from the response body. */
  private static final Join JOIN =
      (request, response) ->
          List.of(
              new PredictionRecord(
                  request.modelName(),
                  request.id(),
                  "v1",
                  request.time(),
                  Map.of("x", ((Number) request.body().get("x")).doubleValue()),
                  ((Number) response.body().get("p")).doubleValue()));

  private final SettableClock clock = new SettableClock(T0);
  private Database database;
  private PendingEventStore store;
  private JdbcPredictionStore predictions;

  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    store = new JdbcPendingEventStore(database, clock);
    predictions = new JdbcPredictionStore(database);
    Events.resetWithModels(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static KServeEvent request(String id) {
    return request(MODEL, id);
  }

  private static KServeEvent request(String model, String id) {
    return new KServeEvent(
        EventKind.REQUEST, id, model, T0, "default", Map.of("x", 3, "n", List.of()));
  }

  private static KServeEvent response(String id) {
    return new KServeEvent(
        EventKind.RESPONSE, id, MODEL, T0.plusMillis(5), null, Map.of("p", 0.75));
  }

  @Test
  void theFirstHalfWaitsWithEveryFieldAndTheSecondJoinsAndDeletesIt() {
    assertEquals(OfferOutcome.pending(), store.offer(request("a"), JOIN));
    assertEquals(Optional.of(request("a")), store.find(MODEL, "a", EventKind.REQUEST));
    assertEquals(1, store.countPending(MODEL));
    assertEquals(OfferOutcome.joined(new AppendResult(1, 0)), store.offer(response("a"), JOIN));
    assertEquals(0, store.countPending(MODEL));
    PredictionRecord stored = predictions.find(MODEL, "a").orElseThrow();
    assertEquals(0.75, stored.score());
    assertEquals(T0, stored.eventTime());
  }

  @Test
  void aJoinIsAnEventLogCommitThatJoinsAnEarlyLabelAndReachesTheListener() {
    List<EventCommit> heard = new ArrayList<>();
    JdbcEventLog log = new JdbcEventLog(database, heard::add);
    PendingEventStore listened = new JdbcPendingEventStore(database, log, clock);
    new JdbcLabelStore(database, log).appendAll(List.of(Events.label("e", 1, 0)));
    assertEquals(Status.PENDING, listened.offer(request("e"), JOIN).status());
    assertEquals(1, heard.size());
    assertEquals(Status.JOINED, listened.offer(response("e"), JOIN).status());
    assertEquals(2, heard.size());
    EventCommit commit = heard.get(1);
    PredictionRecord stored = predictions.find(MODEL, "e").orElseThrow();
    assertEquals(List.of(stored), commit.insertedPredictions());
    assertEquals(List.of(new LabeledPrediction(stored, Events.label("e", 1, 0))), commit.joined());
    assertEquals(heard.get(0).lastSequence() + 1, commit.lastSequence());
    assertEquals(commit.lastSequence(), log.lastSequence());
  }

  @Test
  void eitherOrderJoinsAndResendsChangeNothing() {
    assertEquals(Status.PENDING, store.offer(response("b"), JOIN).status());
    assertEquals(Status.PENDING, store.offer(response("b"), JOIN).status());
    assertEquals(1, store.countPending(MODEL));
    assertEquals(Status.JOINED, store.offer(request("b"), JOIN).status());
    assertEquals(OfferOutcome.alreadyJoined(), store.offer(request("b"), JOIN));
    assertEquals(OfferOutcome.alreadyJoined(), store.offer(response("b"), JOIN));
    assertEquals(0, store.countPending(MODEL));
    assertEquals(1, predictions.countByModel(MODEL));
  }

  @Test
  void aRefusedJoinChangesNothingAndKeepsThePartner() {
    store.offer(request("c"), JOIN);
    Join refusing =
        (q, r) -> {
          throw new IllegalArgumentException("body: refused");
        };
    assertThrows(IllegalArgumentException.class, () -> store.offer(response("c"), refusing));
    assertEquals(1, store.countPending(MODEL));
    assertEquals(0, predictions.countByModel(MODEL));
  }

  @Test
  void anEventOfAnUnregisteredModelIsRefused() {
    KServeEvent ghost =
        new KServeEvent(EventKind.REQUEST, "g", Events.UNREGISTERED, T0, null, Map.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> store.offer(ghost, JOIN));
    assertTrue(e.getMessage().startsWith("modelName"), e.getMessage());
  }

  @Test
  void aPendingHalfSurvivesReopening() {
    store.offer(request("d"), JOIN);
    database.close();
    database = Database.open(databaseUrl());
    store = new JdbcPendingEventStore(database);
    assertEquals(Status.JOINED, store.offer(response("d"), JOIN).status());
    assertEquals(1, new JdbcPredictionStore(database).countByModel(MODEL));
  }

  @Test
  void halvesOfferedAtTheSameTimeAlwaysJoin() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<OfferOutcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        CountDownLatch start = new CountDownLatch(1);
        String id = "race-" + i;
        outcomes.add(threads.submit(() -> after(start, request(id))));
        outcomes.add(threads.submit(() -> after(start, response(id))));
        start.countDown();
      }
      for (Future<OfferOutcome> outcome : outcomes) {
        outcome.get();
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(0, store.countPending(MODEL));
    assertEquals(40, predictions.countByModel(MODEL));
  }

  private OfferOutcome after(CountDownLatch start, KServeEvent event) throws InterruptedException {
    start.await();
    return store.offer(event, JOIN);
  }

  @Test
  void expiryDeletesTheHalvesOfEveryModelReceivedBeforeTheCutoffAndCountsThemByKind() {
    store.offer(request("a"), JOIN);
    store.offer(response("b"), JOIN);
    store.offer(request(Events.OTHER_MODEL, "c"), JOIN);
    clock.advance(Duration.ofMinutes(10));
    store.offer(request("d"), JOIN);

    assertEquals(new ExpiredHalves(2, 1), store.expireBefore(T0.plus(Duration.ofMinutes(5))));

    assertEquals(1, store.countPending(MODEL));
    assertEquals(0, store.countPending(Events.OTHER_MODEL));
    assertTrue(store.find(MODEL, "d", EventKind.REQUEST).isPresent());
    assertEquals(Optional.empty(), store.find(MODEL, "a", EventKind.REQUEST));
    assertEquals(ExpiredHalves.NONE, store.expireBefore(T0.plus(Duration.ofMinutes(5))));
  }

  @Test
  void theCutoffIsStrictAndComparedWithTheReceivedTimeNotTheEventTime() {
    KServeEvent old =
        new KServeEvent(
            EventKind.REQUEST, "old", MODEL, T0.minus(Duration.ofDays(30)), null, Map.of("x", 1));
    store.offer(old, JOIN);

    assertEquals(ExpiredHalves.NONE, store.expireBefore(T0.minus(Duration.ofDays(1))));
    assertEquals(ExpiredHalves.NONE, store.expireBefore(T0));
    assertEquals(new ExpiredHalves(1, 0), store.expireBefore(T0.plusNanos(1_000)));
  }

  @Test
  void aResentPendingHalfKeepsItsFirstReceivedTime() {
    store.offer(response("e"), JOIN);
    clock.advance(Duration.ofHours(2));
    store.offer(response("e"), JOIN);

    assertEquals(new ExpiredHalves(0, 1), store.expireBefore(T0.plus(Duration.ofHours(1))));
  }

  @Test
  void aPartnerArrivingAfterTheExpiryWaitsInTurnAndNothingIsStored() {
    store.offer(request("f"), JOIN);
    clock.advance(Duration.ofHours(2));
    store.expireBefore(clock.instant().minus(Duration.ofHours(1)));

    assertEquals(OfferOutcome.pending(), store.offer(response("f"), JOIN));
    assertEquals(0, predictions.countByModel(MODEL));
    assertEquals(Optional.empty(), store.find(MODEL, "f", EventKind.REQUEST));
    assertTrue(store.find(MODEL, "f", EventKind.RESPONSE).isPresent());
  }

  @Test
  void expiryKeepsJoinedPredictions() {
    store.offer(request("g"), JOIN);
    store.offer(response("g"), JOIN);
    clock.advance(Duration.ofDays(1));

    assertEquals(ExpiredHalves.NONE, store.expireBefore(clock.instant()));
    assertEquals(1, predictions.countByModel(MODEL));
  }
}

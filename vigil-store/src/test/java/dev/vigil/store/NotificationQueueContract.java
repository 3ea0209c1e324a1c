package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.alert.NewNotification;
import dev.vigil.core.alert.QueuedNotification;
import dev.vigil.core.alert.QueuedNotification.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The notification queue of {@link JdbcAlertStore}; run once per database by the subclasses. */
abstract class NotificationQueueContract extends AlertStoreContract {

  private static final Duration LEASE = Duration.ofMinutes(1);

  private void enqueue(String model, String payload, Instant dueAt) {
    store.record(
        List.of(), List.of(), List.of(new NewNotification(model, "r", "hook", payload, dueAt)));
  }

  private static List<String> payloads(List<QueuedNotification> notifications) {
    return notifications.stream().map(QueuedNotification::payload).toList();
  }

  @Test
  void claimsTakeTheOldestDueAndHideThemForTheLease() {
    enqueue("churn", "second", T0.plusSeconds(2));
    enqueue("churn", "first", T0.plusSeconds(1));
    enqueue("churn", "later", T0.plusSeconds(600));
    enqueue("fraud", "third", T0.plusSeconds(3));
    Instant now = T0.plusSeconds(10);

    List<QueuedNotification> claimed = store.claimDue(now, 2, LEASE);
    assertEquals(List.of("first", "second"), payloads(claimed));
    QueuedNotification first = claimed.get(0);
    assertEquals(1, first.attempts());
    assertEquals(now.plus(LEASE), first.nextAttemptAt());
    assertEquals(Status.PENDING, first.status());
    assertEquals(T0.plusSeconds(1), first.createdAt());
    assertEquals("churn", first.model());
    assertEquals("hook", first.target());

    assertEquals(List.of("third"), payloads(store.claimDue(now, 10, LEASE)));
    assertEquals(List.of(), store.claimDue(now, 10, LEASE));
    // Their leases end together: then the order of enqueueing decides.
    List<QueuedNotification> expired = store.claimDue(now.plus(LEASE), 10, LEASE);
    assertEquals(List.of("second", "first", "third"), payloads(expired));
    assertEquals(2, expired.get(1).attempts());
  }

  @Test
  void failuresRetryOrGiveUpAndDeliveriesAreFinal() {
    enqueue("churn", "a", T0);
    enqueue("churn", "b", T0);
    enqueue("churn", "c", T0);
    List<QueuedNotification> claimed = store.claimDue(T0, 10, LEASE);
    long a = claimed.get(0).id();
    long b = claimed.get(1).id();
    long c = claimed.get(2).id();
    Instant retry = T0.plusSeconds(30);
    store.markFailed(a, "HTTP 503 " + "x".repeat(5000), Optional.of(retry));
    store.markFailed(b, "connection refused", Optional.empty());
    store.markDelivered(c, T0.plusSeconds(1));

    List<QueuedNotification> listed = store.notifications("churn", 10);
    assertEquals(List.of("c", "b", "a"), payloads(listed));
    QueuedNotification delivered = listed.get(0);
    assertEquals(Status.DELIVERED, delivered.status());
    assertEquals(Optional.of(T0.plusSeconds(1)), delivered.deliveredAt());
    QueuedNotification failed = listed.get(1);
    assertEquals(Status.FAILED, failed.status());
    assertEquals(Optional.of("connection refused"), failed.lastError());
    QueuedNotification retried = listed.get(2);
    assertEquals(Status.PENDING, retried.status());
    assertEquals(retry, retried.nextAttemptAt());
    assertEquals(NotificationQueue.MAX_ERROR, retried.lastError().orElseThrow().length());
    assertEquals(List.of("c", "b"), payloads(store.notifications("churn", 2)));

    assertEquals(List.of(), store.claimDue(retry.minusNanos(1000), 10, LEASE));
    assertEquals(List.of("a"), payloads(store.claimDue(retry, 10, LEASE)));
    IllegalArgumentException again =
        assertThrows(IllegalArgumentException.class, () -> store.markDelivered(c, T0));
    assertEquals("id: no pending notification " + c, again.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> store.markFailed(b, "x", Optional.of(retry)));
  }

  @Test
  void badClaimsAreRefusedNamingTheParameter() {
    IllegalArgumentException limit =
        assertThrows(IllegalArgumentException.class, () -> store.claimDue(T0, 0, LEASE));
    assertTrue(limit.getMessage().startsWith("limit:"));
    IllegalArgumentException lease =
        assertThrows(IllegalArgumentException.class, () -> store.claimDue(T0, 1, Duration.ZERO));
    assertTrue(lease.getMessage().startsWith("lease:"));
  }

  @Test
  void concurrentClaimersNeverTakeTheSameNotification() throws Exception {
    int count = 40;
    List<NewNotification> outbox = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      outbox.add(new NewNotification("churn", "r", "hook", "n" + i, T0));
    }
    store.record(List.of(), List.of(), outbox);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<QueuedNotification>>> claims = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        claims.add(pool.submit(() -> store.claimDue(T0, 3, LEASE)));
      }
      Set<Long> seen = new HashSet<>();
      int total = 0;
      for (Future<List<QueuedNotification>> claim : claims) {
        for (QueuedNotification n : claim.get()) {
          total++;
          assertTrue(seen.add(n.id()), "claimed twice: " + n.id());
        }
      }
      assertEquals(count, total);
    } finally {
      pool.shutdownNow();
    }
  }
}

package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.core.model.ModelAlreadyExistsException;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ModelStore} must do; run once per database by the subclasses. */
abstract class ModelStoreContract {

  private Database database;
  private ModelStore store;

  /** The database of this test class; each test starts with no models in it. */
  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    store = new JdbcModelStore(database);
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM monitored_model");
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void whatIsCreatedIsFoundAndListedWithEveryField() {
    MonitoredModel churn = Models.churn("churn-v1.2_b");
    MonitoredModel other = Models.simple("a-first", 1.0);
    store.create(churn);
    store.create(other);
    assertEquals(Optional.of(churn), store.find("churn-v1.2_b"));
    assertEquals(Optional.of(other), store.find("a-first"));
    assertEquals(List.of(other, churn), store.list());
  }

  @Test
  void listIsOrderedByNameCharacterByCharacter() {
    List<String> names = List.of("b", "B", "_x", "-y", "a.1", "9", "a-1", "a_1");
    names.forEach(n -> store.create(Models.simple(n, 0.5)));
    List<String> expected = names.stream().sorted().toList();
    assertEquals(expected, store.list().stream().map(MonitoredModel::name).toList());
  }

  @Test
  void aDuplicateNameIsRejectedAndNothingChanges() {
    MonitoredModel original = Models.simple("dup", 0.25);
    store.create(original);
    assertThrows(ModelAlreadyExistsException.class, () -> store.create(Models.churn("dup")));
    assertEquals(Optional.of(original), store.find("dup"));
    assertEquals(List.of(original), store.list());
  }

  @Test
  void namesAreCaseSensitiveAndUpTo128Characters() {
    String longest = "n".repeat(127) + "N";
    store.create(Models.simple("Churn", 0.1));
    store.create(Models.simple("churn", 0.2));
    store.create(Models.simple(longest, 0.3));
    assertEquals(0.1, store.find("Churn").orElseThrow().decisionThreshold());
    assertEquals(0.2, store.find("churn").orElseThrow().decisionThreshold());
    assertEquals(longest, store.find(longest).orElseThrow().name());
    assertEquals(Optional.empty(), store.find("CHURN"));
    assertEquals(Optional.empty(), store.find("not a valid name"));
  }

  @Test
  void ofTwoConcurrentCreatesOfOneNameExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        String name = "race-" + round;
        CountDownLatch start = new CountDownLatch(1);
        double[] thresholds = {0.25, 0.75};
        List<Future<Boolean>> created = new ArrayList<>();
        for (double threshold : thresholds) {
          created.add(threads.submit(() -> createAfter(start, Models.simple(name, threshold))));
        }
        start.countDown();
        List<Double> winners = new ArrayList<>();
        for (int i = 0; i < thresholds.length; i++) {
          if (created.get(i).get()) {
            winners.add(thresholds[i]);
          }
        }
        assertEquals(1, winners.size(), name + ": winners " + winners);
        assertEquals(winners.get(0), store.find(name).orElseThrow().decisionThreshold());
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(20, store.list().size());
  }

  private boolean createAfter(CountDownLatch start, MonitoredModel model) throws Exception {
    start.await();
    try {
      store.create(model);
      return true;
    } catch (ModelAlreadyExistsException e) {
      return false;
    }
  }

  @Test
  void modelsSurviveCloseAndReopen() {
    MonitoredModel churn = Models.churn("kept");
    store.create(churn);
    database.close();
    database = Database.open(databaseUrl());
    store = new JdbcModelStore(database);
    assertEquals(List.of(churn), store.list());
  }
}

package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.serve.RegistryServedModels.LoadedVersion;
import dev.vigil.app.serve.RegistryServedModels.VersionRef;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.serving.ServedModel;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.store.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When the registry is asked again, and that each bundle is loaded once and closed once. */
class RegistryServedModelsTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
  private final AtomicInteger currentLookups = new AtomicInteger();
  private final List<String> closed = new ArrayList<>();
  private String champion = "1";

  private final RegistryServedModels.Versions versions =
      new RegistryServedModels.Versions() {
        @Override
        public Optional<VersionRef> current(String name) {
          currentLookups.incrementAndGet();
          return name.equals("churn") ? Optional.of(ref(champion)) : Optional.empty();
        }

        @Override
        public Optional<VersionRef> version(String name, String version) {
          return name.equals("churn") ? Optional.of(ref(version)) : Optional.empty();
        }
      };

  private final AtomicInteger loads = new AtomicInteger();
  private final RegistryServedModels served = new RegistryServedModels(versions, this::load, clock);

  @Test
  void thePromotedVersionIsServedOnceTheLookupExpires() {
    assertEquals("1", served.current("churn").orElseThrow().version());
    champion = "2";
    clock.advance(Duration.ofMillis(1999));
    assertEquals("1", served.current("churn").orElseThrow().version());
    assertEquals(1, currentLookups.get());
    clock.advance(Duration.ofMillis(1));
    assertEquals("2", served.current("churn").orElseThrow().version());
    assertEquals(2, currentLookups.get());
  }

  @Test
  void aVersionIsLoadedOnceWhicheverWayItIsAskedFor() {
    ServedModel first = served.current("churn").orElseThrow();
    ServedModel again = served.version("churn", "1").orElseThrow();
    assertSame(first, again);
    assertEquals(1, loads.get());
    served.version("churn", "3");
    assertEquals(2, loads.get());
  }

  @Test
  void anUnknownModelIsEmptyAndClosingReleasesEveryLoadedVersion() {
    assertTrue(served.current("other").isEmpty());
    served.version("churn", "1");
    served.version("churn", "2");
    served.close();
    assertEquals(List.of("1", "2"), closed.stream().sorted().toList());
  }

  private static VersionRef ref(String version) {
    return new VersionRef("churn", version, Path.of("artifacts", "churn", version), "c" + version);
  }

  private LoadedVersion load(VersionRef ref) {
    loads.incrementAndGet();
    DatasetSchema inputs = new DatasetSchema(List.of(new ColumnSchema("Age", ColumnKind.NUMERIC)));
    ServedModel model =
        new ServedModel(ref.name(), ref.version(), inputs, 0.5, rows -> new double[rows.size()]);
    return new LoadedVersion(model, () -> closed.add(ref.version()));
  }
}

package dev.vigil.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles written by training and loaded back, and bundles changed on disk. */
class ModelBundleTest {

  private static TrainedModel trained;
  private static List<Object[]> rows;

  @TempDir Path temp;

  @BeforeAll
  static void train() {
    TrainingData all = ChurnData.all();
    trained =
        ModelTrainer.train(
            all.subset(java.util.stream.IntStream.range(0, 4000).toArray()),
            new TrainingOptions(Algorithm.LOGISTIC, 20, 7),
            TrainingProgress.NONE);
    rows = all.subset(java.util.stream.IntStream.range(9000, 9300).toArray()).rows();
  }

  @Test
  void aBundleScoresExactlyAsTheTrainedModel() {
    SavedBundle saved = trained.writeBundle(temp.resolve("v1"), 0.3);

    try (LoadedModel loaded = ModelBundle.load(saved.directory(), saved.checksum())) {
      assertArrayEquals(trained.score(rows), loaded.score(rows));
      assertEquals("logistic", loaded.algorithm());
      assertEquals(0.3, loaded.threshold());
      assertEquals(saved.checksum(), loaded.checksum());
      assertEquals(trained.encoding(), loaded.manifest().encoding(), "scaling kept exactly");
      assertEquals(ChurnData.schema(), loaded.inputs());
    }
  }

  @Test
  void theManifestPinsTheModelFile() throws IOException {
    SavedBundle saved = trained.writeBundle(temp.resolve("v1"), 0.5);
    String manifest = Files.readString(saved.directory().resolve(ModelBundle.MANIFEST));

    assertTrue(manifest.contains("\"format_version\" : 1"), manifest);
    assertTrue(manifest.contains("\"model_file\" : \"model.ubj\""), manifest);
    assertTrue(manifest.contains("\"numeric_scaling\""), manifest);
    String sha = saved.manifest().files().get("model.ubj");
    assertEquals(Sha256.hex(Files.readAllBytes(saved.directory().resolve("model.ubj"))), sha);
    assertEquals(Sha256.hex(manifest.getBytes(StandardCharsets.UTF_8)), saved.checksum());
  }

  @Test
  void aFlippedByteInTheModelFileIsRefused() throws IOException {
    SavedBundle saved = trained.writeBundle(temp.resolve("v1"), 0.5);
    Path model = saved.directory().resolve("model.ubj");
    byte[] bytes = Files.readAllBytes(model);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(model, bytes);

    CorruptBundleException e =
        assertThrows(CorruptBundleException.class, () -> ModelBundle.load(saved.directory()));
    assertEquals("model.ubj", e.file());
    assertEquals(saved.manifest().files().get("model.ubj"), e.expected());
    assertEquals(Sha256.hex(bytes), e.actual());
    assertTrue(e.getMessage().contains(e.expected()) && e.getMessage().contains(e.actual()));
  }

  @Test
  void aMissingModelFileIsRefused() throws IOException {
    SavedBundle saved = trained.writeBundle(temp.resolve("v1"), 0.5);
    Files.delete(saved.directory().resolve("model.ubj"));

    CorruptBundleException e =
        assertThrows(CorruptBundleException.class, () -> ModelBundle.load(saved.directory()));
    assertEquals("model.ubj", e.file());
    assertEquals(CorruptBundleException.MISSING, e.actual());
  }

  @Test
  void aChangedManifestIsRefusedAgainstTheRecordedChecksum() throws IOException {
    SavedBundle saved = trained.writeBundle(temp.resolve("v1"), 0.5);
    Path manifest = saved.directory().resolve(ModelBundle.MANIFEST);
    Files.writeString(
        manifest, Files.readString(manifest).replace("\"threshold\" : 0.5", "\"threshold\" : 0.1"));

    CorruptBundleException e =
        assertThrows(
            CorruptBundleException.class,
            () -> ModelBundle.load(saved.directory(), saved.checksum()));
    assertEquals(ModelBundle.MANIFEST, e.file());
    assertEquals(saved.checksum(), e.expected());
  }

  @Test
  void anUnknownFormatVersionIsRefusedClearly() throws IOException {
    SavedBundle saved = trained.writeBundle(temp.resolve("v1"), 0.5);
    Path manifest = saved.directory().resolve(ModelBundle.MANIFEST);
    Files.writeString(
        manifest,
        Files.readString(manifest).replace("\"format_version\" : 1", "\"format_version\" : 2"));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ModelBundle.load(saved.directory()));
    assertTrue(
        e.getMessage().contains("format_version: 2 is not supported; this version of Vigil reads"),
        e.getMessage());
  }

  @Test
  void aDirectoryHoldingABundleIsNotOverwritten() {
    trained.writeBundle(temp.resolve("v1"), 0.5);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> trained.writeBundle(temp.resolve("v1"), 0.5));
    assertTrue(e.getMessage().startsWith("dir: "), e.getMessage());
  }

  @Test
  void concurrentScoringGivesTheSameScoresAsOneThread() throws Exception {
    SavedBundle saved = trained.writeBundle(temp.resolve("v1"), 0.5);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (LoadedModel loaded = ModelBundle.load(saved.directory())) {
      double[] expected = loaded.score(rows);
      List<Future<double[]>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int from = i % 10;
        results.add(pool.submit(() -> loaded.score(rows.subList(from, from + 50))));
      }
      for (int i = 0; i < results.size(); i++) {
        int from = i % 10;
        double[] slice = java.util.Arrays.copyOfRange(expected, from, from + 50);
        assertArrayEquals(slice, results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aClosedModelRefusesToScore() {
    SavedBundle saved = trained.writeBundle(temp.resolve("v1"), 0.5);
    LoadedModel loaded = ModelBundle.load(saved.directory());
    loaded.close();
    loaded.close();
    assertThrows(IllegalStateException.class, () -> loaded.score(rows));
  }
}

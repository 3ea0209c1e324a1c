package dev.vigil.core.window;

import static dev.vigil.core.window.SummaryAssertions.assertSameCategorical;
import static dev.vigil.core.window.SummaryAssertions.assertSameFeatures;
import static dev.vigil.core.window.SummaryAssertions.assertSamePredictions;
import static dev.vigil.core.window.SummaryAssertions.assertSameSummary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Round trips of the window and reference codecs, and their refusal of bad bytes. */
class SummaryCodecsTest {

  static ReferenceSummary reference(long seed, int rows) {
    SplittableRandom random = new SplittableRandom(seed);
    ReferenceBuilder builder =
        new ReferenceBuilder(
            WindowFixtures.CHURN,
            Optional.of("score"),
            Optional.of("Exited"),
            Instant.parse("1969-12-31T23:59:59.999999Z").plusSeconds(random.nextInt(1 << 30)));
    for (int i = 0; i < rows; i++) {
      Map<String, Object> row =
          WindowFixtures.features(
              "Age", random.nextInt(8) == 0 ? null : (double) random.nextInt(18, 90),
              "Balance", random.nextInt(30) == 0 ? true : random.nextDouble() * 2e5,
              "Geography", random.nextBoolean() ? "France" : 1.0,
              "IsActiveMember", random.nextBoolean(),
              "score", random.nextDouble(),
              "Exited", random.nextInt(10) == 0 ? null : random.nextBoolean() ? "Yes" : 0.0);
      builder.add(row, i);
    }
    return builder.build();
  }

  @Property(tries = 40)
  void windowSummariesRoundTrip(@ForAll long seed, @ForAll @IntRange(max = 6000) int size) {
    WindowSummary summary = WindowSummaryMergeTest.random(seed, size);
    byte[] bytes = WindowSummaryCodec.encode(summary);
    WindowSummary decoded = WindowSummaryCodec.decode(bytes);
    assertSameSummary(summary, decoded, "decoded");
    // A sketch's bytes may change once through a round trip (DataSketches sets flags on reading),
    // then they are a fixed point.
    byte[] again = WindowSummaryCodec.encode(decoded);
    assertArrayEquals(again, WindowSummaryCodec.encode(WindowSummaryCodec.decode(again)));
  }

  @Property(tries = 40)
  void referenceSummariesRoundTrip(@ForAll long seed, @ForAll @IntRange(max = 6000) int rows) {
    ReferenceSummary reference = reference(seed, rows);
    byte[] bytes = ReferenceSummaryCodec.encode(reference);
    ReferenceSummary decoded = ReferenceSummaryCodec.decode(bytes);
    assertEquals(reference.uploadedAt(), decoded.uploadedAt());
    assertEquals(reference.rows(), decoded.rows());
    assertSameFeatures(reference.features(), decoded.features(), "decoded");
    assertSamePredictions(reference.scores(), decoded.scores(), "scores");
    assertSameCategorical(reference.target(), decoded.target(), "target");
    assertEquals(reference.labelledScores(), decoded.labelledScores());
    byte[] again = ReferenceSummaryCodec.encode(decoded);
    assertArrayEquals(again, ReferenceSummaryCodec.encode(ReferenceSummaryCodec.decode(again)));
  }

  @Test
  void anUploadTimeBeforeTheEpochRoundTrips() {
    ReferenceSummary reference = reference(1, 3);
    ReferenceSummary early =
        new ReferenceSummary(
            Instant.parse("1950-06-01T12:00:00.000001Z"),
            reference.rows(),
            reference.features(),
            reference.scores(),
            reference.target());
    assertEquals(
        early.uploadedAt(),
        ReferenceSummaryCodec.decode(ReferenceSummaryCodec.encode(early)).uploadedAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"window", "reference"})
  void everyTruncationIsRefused(String which) {
    byte[] bytes = encoded(which);
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThrows(IllegalArgumentException.class, () -> decoder(which).apply(cut), "" + length);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"window", "reference"})
  void trailingBytesAreRefused(String which) {
    byte[] bytes = encoded(which);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    var e = assertThrows(IllegalArgumentException.class, () -> decoder(which).apply(longer));
    assertTrue(e.getMessage().endsWith("trailing bytes"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"window", "reference"})
  void anotherVersionIsRefused(String which) {
    byte[] bytes = encoded(which);
    byte next = (byte) (which.equals("window") ? 2 : ReferenceSummaryCodec.VERSION + 1);
    bytes[2] = next;
    var e = assertThrows(IllegalArgumentException.class, () -> decoder(which).apply(bytes));
    assertTrue(e.getMessage().contains("version " + next + " is not supported"), e.getMessage());
  }

  @Test
  void theTwoCodecsDoNotReadEachOther() {
    assertThrows(
        IllegalArgumentException.class,
        () -> WindowSummaryCodec.decode(ReferenceSummaryCodec.encode(reference(3, 10))));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReferenceSummaryCodec.decode(WindowSummaryCodec.encode(WindowSummary.empty(0.5))));
  }

  @Property(tries = 300)
  void garbageIsRefusedWithIllegalArgument(@ForAll long seed, @ForAll @IntRange(max = 400) int n) {
    SplittableRandom random = new SplittableRandom(seed);
    for (String which : new String[] {"window", "reference"}) {
      byte[] bytes = encoded(which);
      // Keep the header now and then, so the garbage reaches the parts.
      byte[] garbage = new byte[random.nextBoolean() ? n : Math.min(n, bytes.length)];
      random.nextBytes(garbage);
      if (random.nextBoolean() && garbage.length >= 3) {
        System.arraycopy(bytes, 0, garbage, 0, 3);
      }
      assertThrows(IllegalArgumentException.class, () -> decoder(which).apply(garbage));
    }
  }

  @Property(tries = 200)
  void aFlippedByteIsRefusedOrDecodes(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (String which : new String[] {"window", "reference"}) {
      byte[] bytes = encoded(which);
      int at = random.nextInt(bytes.length);
      bytes[at] ^= (byte) (1 + random.nextInt(255));
      try {
        decoder(which).apply(bytes);
      } catch (IllegalArgumentException expected) {
        // a corrupt encoding may be refused, but only with an IllegalArgumentException
      }
    }
  }

  private static byte[] encoded(String which) {
    return which.equals("window")
        ? WindowSummaryCodec.encode(WindowSummaryMergeTest.random(7, 50))
        : ReferenceSummaryCodec.encode(reference(7, 50));
  }

  private static Function<byte[], Object> decoder(String which) {
    return which.equals("window") ? WindowSummaryCodec::decode : ReferenceSummaryCodec::decode;
  }
}

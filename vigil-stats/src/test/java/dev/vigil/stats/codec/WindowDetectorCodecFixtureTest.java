package dev.vigil.stats.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.stats.detect.Adwin;
import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorSignal;
import dev.vigil.stats.detect.Iks;
import dev.vigil.stats.detect.Kswin;
import dev.vigil.stats.detect.MeanVarianceShift;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The committed version-1 detector fixtures decode, re-encode to the same bytes and resume. */
class WindowDetectorCodecFixtureTest {

  private static final int LENGTH = 1500;

  @Test
  void adwinFixture() throws IOException {
    byte[] bytes = read("adwin.v1.bin");
    assertEquals(SummaryType.ADWIN, SummaryCodec.typeOf(bytes));
    var state = SummaryCodec.decodeAdwin(bytes);
    assertArrayEquals(bytes, SummaryCodec.encode(state));
    assertResumes(DetectorFixtureGenerator::adwin, Adwin.restore(state));
  }

  @Test
  void kswinFixture() throws IOException {
    byte[] bytes = read("kswin.v1.bin");
    var state = SummaryCodec.decodeKswin(bytes);
    assertArrayEquals(bytes, SummaryCodec.encode(state));
    assertEquals(100, state.window().length);
    assertResumes(DetectorFixtureGenerator::kswin, Kswin.restore(state));
  }

  @Test
  void iksFixture() throws IOException {
    byte[] bytes = read("iks.v1.bin");
    var state = SummaryCodec.decodeIks(bytes);
    assertArrayEquals(bytes, SummaryCodec.encode(state));
    assertEquals(100, state.reference().length);
    assertEquals(DetectorFixtureGenerator.value(699), state.current()[99]);
    assertResumes(DetectorFixtureGenerator::iks, Iks.restore(state));
  }

  @Test
  void meanVarianceShiftFixture() throws IOException {
    byte[] bytes = read("mean-variance-shift.v1.bin");
    var state = SummaryCodec.decodeMeanVarianceShift(bytes);
    assertArrayEquals(bytes, SummaryCodec.encode(state));
    // 700 values: reference window 500..599 (replaced at the drift at 599), 600..699 just compared.
    assertEquals(DetectorFixtureGenerator.value(500), state.reference()[0]);
    assertEquals(0, state.current().length);
    assertResumes(DetectorFixtureGenerator::meanVariance, MeanVarianceShift.restore(state));
  }

  @Test
  void truncatedOrWrongTypeIsRejected() throws IOException {
    byte[] bytes = read("adwin.v1.bin");
    assertThrows(
        IllegalArgumentException.class,
        () -> SummaryCodec.decodeAdwin(Arrays.copyOf(bytes, bytes.length - 3)));
    assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeKswin(bytes));
    byte[] badSignal = read("iks.v1.bin");
    badSignal[4 + 4 + 8 + 8] = 9;
    assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeIks(badSignal));
  }

  private static void assertResumes(
      Supplier<? extends ChangeDetector> fresh, ChangeDetector restored) {
    ChangeDetector uninterrupted =
        DetectorFixtureGenerator.fed(fresh.get(), DetectorFixtureGenerator.PREFIX);
    assertEquals(uninterrupted.signal(), restored.signal());
    for (int i = DetectorFixtureGenerator.PREFIX; i < LENGTH; i++) {
      double v = DetectorFixtureGenerator.value(i);
      DetectorSignal expected = uninterrupted.update(v);
      assertEquals(expected, restored.update(v), "at " + i);
    }
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in = DetectorCodecFixtureTest.class.getResourceAsStream("/codec/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /codec/" + name);
      }
      return in.readAllBytes();
    }
  }
}

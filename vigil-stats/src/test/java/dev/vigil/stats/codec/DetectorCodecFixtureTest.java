package dev.vigil.stats.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.detect.DdmState;
import dev.vigil.stats.detect.DetectorSignal;
import dev.vigil.stats.detect.EddmState;
import dev.vigil.stats.detect.HddmAState;
import dev.vigil.stats.detect.HddmWState;
import dev.vigil.stats.detect.PageHinkley;
import dev.vigil.stats.detect.PageHinkleyState;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Version-1 detector states committed in src/test/resources/codec (written once by {@link
 * DetectorCodecFixtureGenerator}) must decode forever: to the counts and means worked out by hand
 * from the generator's closed-form streams, and to the very state the same recipe gives today.
 */
class DetectorCodecFixtureTest {

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = DetectorCodecFixtureTest.class.getResourceAsStream("/codec/" + name)) {
      assertNotNull(in, "missing fixture " + name);
      return in.readAllBytes();
    }
  }

  @Test
  void pageHinkley() throws IOException {
    PageHinkleyState s = SummaryCodec.decodePageHinkley(fixture("page-hinkley.v1.bin"));
    assertEquals(5, s.minInstances());
    assertEquals(PageHinkley.Mode.UP, s.mode());
    assertEquals(0.9999, s.alpha());
    assertEquals(20, s.count());
    assertEquals(0.25, s.mean(), 1e-12);
    assertEquals(s.minIncrease(), Math.min(s.minIncrease(), s.sumIncrease()));
    assertFalse(s.drift());
    assertEquals(DetectorCodecFixtureGenerator.pageHinkley().state(), s);
  }

  @Test
  void ddm() throws IOException {
    DdmState s = SummaryCodec.decodeDdm(fixture("ddm.v1.bin"));
    assertEquals(30, s.warmStart());
    assertEquals(40, s.count());
    assertEquals(0.2, s.errorRate(), 1e-12);
    // p + s is least at the end: 0.2 + sqrt(0.2 * 0.8 / 40).
    assertEquals(Math.sqrt(0.004), s.minDeviation(), 1e-12);
    assertEquals(0.2 + Math.sqrt(0.004), s.minSum(), 1e-12);
    assertFalse(s.warning() || s.drift());
    assertEquals(DetectorCodecFixtureGenerator.ddm().state(), s);
  }

  @Test
  void eddm() throws IOException {
    EddmState s = SummaryCodec.decodeEddm(fixture("eddm.v1.bin"));
    assertEquals(2, s.warmStart());
    assertEquals(0.8, s.beta());
    assertEquals(30, s.count());
    assertEquals(10, s.errors());
    assertEquals(28, s.lastError());
    // Distances 1, then 3 nine times.
    assertEquals(2.8, s.distanceMean(), 1e-12);
    assertEquals(1.8 * 1.8 + 9 * 0.2 * 0.2, s.distanceSquares(), 1e-12);
    // The maximum came at the second error: mean 2, sample deviation sqrt(2).
    assertEquals(2 + 2 * Math.sqrt(2), s.maxLevel(), 1e-12);
    assertTrue(s.warning());
    assertFalse(s.drift());
    assertEquals(DetectorCodecFixtureGenerator.eddm().state(), s);
    assertEquals(
        DetectorSignal.WARNING, dev.vigil.stats.detect.Eddm.restore(s).signal(), "warning kept");
  }

  @Test
  void hddmA() throws IOException {
    HddmAState s = SummaryCodec.decodeHddmA(fixture("hddm-a.v1.bin"));
    assertTrue(s.twoSided());
    assertEquals(0.001, s.driftConfidence());
    assertEquals(50, s.count());
    assertEquals(13 / 50.0, s.mean(), 1e-12);
    assertEquals(12 / 48.0, s.lowMean(), 1e-12);
    assertEquals(13 / 49.0, s.highMean(), 1e-12);
    assertEquals(DetectorCodecFixtureGenerator.hddmA().state(), s);
  }

  @Test
  void hddmW() throws IOException {
    HddmWState s = SummaryCodec.decodeHddmW(fixture("hddm-w.v1.bin"));
    assertEquals(0.1, s.lambda());
    assertTrue(s.twoSided());
    // After n updates the bound condition is 0.9^(2n) + 0.01 (1 - 0.9^(2n)) / (1 - 0.81).
    double keep = Math.pow(0.81, 30);
    assertEquals(keep + 0.01 * (1 - keep) / 0.19, s.total().boundCondition(), 1e-12);
    assertTrue(s.total().initialized());
    assertFalse(s.increaseAfter().initialized());
    assertEquals(DetectorCodecFixtureGenerator.hddmW().state(), s);
  }

  @Test
  void decodingRejectsAnotherTypeTruncationAndUnknownFlags() throws IOException {
    byte[] ddm = fixture("ddm.v1.bin");
    assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeEddm(ddm));
    assertThrows(
        IllegalArgumentException.class,
        () -> SummaryCodec.decodeDdm(Arrays.copyOf(ddm, ddm.length - 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SummaryCodec.decodeDdm(Arrays.copyOf(ddm, ddm.length + 1)));
    byte[] badFlags = ddm.clone();
    badFlags[badFlags.length - 1] = 4;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeDdm(badFlags));
    assertTrue(e.getMessage().contains("flags"), e.getMessage());
    byte[] badWarmStart = ddm.clone();
    badWarmStart[7] = (byte) 0x80; // int warm_start after the 4-byte header becomes negative
    e = assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeDdm(badWarmStart));
    assertTrue(e.getMessage().contains("warm_start"), e.getMessage());
    assertEquals(SummaryType.HDDM_W, SummaryCodec.typeOf(fixture("hddm-w.v1.bin")));
  }
}

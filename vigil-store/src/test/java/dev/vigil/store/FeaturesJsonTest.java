package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeaturesJsonTest {

  @Test
  void everyCharacterAndDoubleReadsBackAsWritten() throws Exception {
    StringBuilder everyAscii = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      everyAscii.append(c);
    }
    Map<String, Object> features = new LinkedHashMap<>();
    features.put(everyAscii.toString(), everyAscii.toString());
    features.put("unicode \u00e9\u4e2d\ud83d\ude00 \u2028\u2029", "\ud83d\ude00 \u007f \u0085");
    features.put("", null);
    features.put("t", true);
    features.put("f", false);
    for (double d :
        List.of(-0.0, 0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, 0.1, 123456789.0)) {
      features.put("d" + d, d);
    }
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      features.put("r" + i, Double.isFinite(d) ? d : random.nextDouble());
    }
    String json = FeaturesJson.write(features);
    Map<String, Object> read = FeaturesJson.read(json);
    assertEquals(features, read);
    assertEquals(List.copyOf(features.keySet()), List.copyOf(read.keySet()));
    assertEquals(
        new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(features)),
        new ObjectMapper().readTree(json));
  }

  @Test
  void anEmptyObjectIsBraces() {
    assertEquals("{}", FeaturesJson.write(Map.of()));
    assertEquals(Map.of(), FeaturesJson.read("{}"));
  }
}

package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4 for tests: every line is a HELP or TYPE
 * comment or a sample {@code name{labels} value}; every sample belongs to a family declared by a
 * TYPE line before it; no series appears twice.
 */
final class PrometheusText {

  private static final Pattern HELP = Pattern.compile("# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)");
  private static final Pattern TYPE =
      Pattern.compile(
          "# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE =
      Pattern.compile(
          "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})?"
              + " (\\S+)( -?\\d+)?");

  private final Map<String, String> help = new HashMap<>();
  private final Map<String, String> types = new HashMap<>();
  private final Map<String, Double> samples = new LinkedHashMap<>();
  private final String text;

  private PrometheusText(String text) {
    this.text = text;
  }

  static PrometheusText parse(String text) {
    PrometheusText parsed = new PrometheusText(text);
    String family = null;
    for (String line : text.split("\n")) {
      Matcher m;
      if ((m = HELP.matcher(line)).matches()) {
        parsed.help.put(m.group(1), m.group(2));
      } else if ((m = TYPE.matcher(line)).matches()) {
        family = m.group(1);
        parsed.types.put(family, m.group(2));
      } else if ((m = SAMPLE.matcher(line)).matches()) {
        assertNotNull(family, "a sample before any TYPE line: " + line);
        assertTrue(m.group(1).startsWith(family), line + " is not in family " + family);
        String series = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        Double previous = parsed.samples.put(series, number(m.group(3)));
        assertEquals(null, previous, "series twice: " + series);
      } else {
        assertTrue(line.isEmpty(), "not Prometheus text format: '" + line + "'");
      }
    }
    return parsed;
  }

  /**
   * A sample value: a Go float, or {@code +Inf}, {@code -Inf}, {@code NaN} as the format has them.
   */
  private static double number(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }

  /** What {@code /metrics} would serve of this registry now. */
  static PrometheusText scrape(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ExpositionFormats.init().getPrometheusTextFormatWriter().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(out.toString(StandardCharsets.UTF_8));
  }

  String typeOf(String family) {
    return types.get(family);
  }

  Optional<String> helpOf(String family) {
    return Optional.ofNullable(help.get(family));
  }

  boolean has(String series) {
    return samples.containsKey(series);
  }

  double value(String series) {
    Double value = samples.get(series);
    assertNotNull(value, "no series " + series + " in:\n" + text);
    return value;
  }

  @Override
  public String toString() {
    return text;
  }
}

package dev.vigil.app.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.app.serve.YamlSettings;
import dev.vigil.core.registry.PromotionPolicy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code promotion} block of a YAML config file into a {@link PromotionPolicy}:
 *
 * <pre>
 * promotion:
 *   minimum: {roc_auc: 0.75}
 *   maximum: {log_loss: 0.5}
 *   max_drop: {roc_auc: 0.01, log_loss: 0.02}
 *   lower_is_better: [log_loss, brier]
 * </pre>
 *
 * Every key is optional; an unknown key or a non-numeric bound is refused naming it. Without the
 * block there is no rule ({@link PromotionPolicy#NONE}).
 */
public final class YamlPromotion {

  private static final Set<String> KEYS =
      Set.of("minimum", "maximum", "max_drop", "lower_is_better");

  private YamlPromotion() {}

  /** The policy of the file's promotion block; {@link PromotionPolicy#NONE} without one. */
  public static PromotionPolicy read(Path file) {
    JsonNode block = YamlSettings.root(file).path(YamlSettings.PROMOTION_KEY);
    if (block.isMissingNode() || block.isNull()) {
      return PromotionPolicy.NONE;
    }
    if (!block.isObject()) {
      throw refused(file, "promotion must be a mapping of " + KEYS);
    }
    for (Iterator<String> it = block.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw refused(file, "promotion." + key + " is not a known key; known: " + KEYS);
      }
    }
    Set<String> lowerIsBetter = new HashSet<>(PromotionPolicy.DEFAULT_LOWER_IS_BETTER);
    JsonNode lower = block.path("lower_is_better");
    if (!lower.isMissingNode()) {
      if (!lower.isArray()) {
        throw refused(file, "promotion.lower_is_better must be a list of metric names");
      }
      lowerIsBetter.clear();
      lower.forEach(n -> lowerIsBetter.add(n.asText()));
    }
    try {
      return new PromotionPolicy(
          bounds(file, block, "minimum"),
          bounds(file, block, "maximum"),
          bounds(file, block, "max_drop"),
          lowerIsBetter);
    } catch (IllegalArgumentException e) {
      throw refused(file, "promotion: " + e.getMessage());
    }
  }

  private static Map<String, Double> bounds(Path file, JsonNode block, String key) {
    JsonNode node = block.path(key);
    Map<String, Double> bounds = new HashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return bounds;
    }
    if (!node.isObject()) {
      throw refused(file, "promotion." + key + " must map metric names to numbers");
    }
    node.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isNumber()) {
                throw refused(file, "promotion." + key + "." + e.getKey() + " must be a number");
              }
              bounds.put(e.getKey(), e.getValue().asDouble());
            });
    return bounds;
  }

  private static IllegalArgumentException refused(Path file, String message) {
    return new IllegalArgumentException("config file " + file + ": " + message);
  }
}

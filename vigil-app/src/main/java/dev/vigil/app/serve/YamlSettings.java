package dev.vigil.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the settings of a YAML config file: a mapping of the keys in {@link Setting} to scalar
 * values, plus the nested keys {@code tokens} (read by {@link YamlTokens}), {@code promotion} (read
 * by the registry commands), {@code alert_rules} (read by {@code YamlAlertRules}) and {@code
 * detectors} (read by {@link YamlDetectors}). An unknown key is refused, so that a misspelt setting
 * is not silently ignored.
 */
public final class YamlSettings {

  private YamlSettings() {}

  /** The key of the API tokens, the one setting that is not a single value. */
  static final String TOKENS_KEY = "tokens";

  /** The key of the promotion policy, read by the registry commands. */
  public static final String PROMOTION_KEY = "promotion";

  /** The key of the alert rules that {@code vigil serve} applies at start-up. */
  public static final String ALERT_RULES_KEY = "alert_rules";

  /** The key of the streaming detectors' choices, read by {@link YamlDetectors}. */
  static final String DETECTORS_KEY = "detectors";

  private static final List<String> BLOCK_KEYS =
      List.of(TOKENS_KEY, PROMOTION_KEY, ALERT_RULES_KEY, DETECTORS_KEY);

  public static Map<Setting, String> read(Path file) {
    JsonNode root = root(file);
    Map<Setting, String> settings = new EnumMap<>(Setting.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (BLOCK_KEYS.contains(entry.getKey())) {
        continue;
      }
      Setting setting = settingFor(file, entry.getKey());
      if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
        throw new IllegalArgumentException(
            "config file " + file + ": " + entry.getKey() + " must be a single value");
      }
      settings.put(setting, entry.getValue().asText());
    }
    return settings;
  }

  /** The file's top-level mapping, empty for an empty file. */
  public static JsonNode root(Path file) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("config file " + file + " does not exist");
    } catch (IOException e) {
      throw new IllegalArgumentException("config file " + file + ": " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException("config file " + file + ": must be a mapping of settings");
    }
    return root;
  }

  private static Setting settingFor(Path file, String key) {
    return Arrays.stream(Setting.values())
        .filter(s -> s.yamlKey().equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "config file "
                        + file
                        + ": unknown setting '"
                        + key
                        + "'; known: "
                        + Stream.concat(
                                Arrays.stream(Setting.values()).map(Setting::yamlKey),
                                BLOCK_KEYS.stream())
                            .toList()));
  }
}

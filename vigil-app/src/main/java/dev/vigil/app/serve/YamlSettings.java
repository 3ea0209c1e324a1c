package dev.vigil.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the settings of a YAML config file: a flat mapping of the keys in {@link Setting} to scalar
 * values. An unknown key is refused, so that a misspelt setting is not silently ignored.
 */
public final class YamlSettings {

  private YamlSettings() {}

  public static Map<Setting, String> read(Path file) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("config file " + file + " does not exist");
    } catch (IOException e) {
      throw new IllegalArgumentException("config file " + file + ": " + e.getMessage());
    }
    Map<Setting, String> settings = new EnumMap<>(Setting.class);
    if (root == null || root.isMissingNode() || root.isNull()) {
      return settings;
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException("config file " + file + ": must be a mapping of settings");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Setting setting = settingFor(file, entry.getKey());
      if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
        throw new IllegalArgumentException(
            "config file " + file + ": " + entry.getKey() + " must be a single value");
      }
      settings.put(setting, entry.getValue().asText());
    }
    return settings;
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
                        + Arrays.stream(Setting.values()).map(Setting::yamlKey).toList()));
  }
}

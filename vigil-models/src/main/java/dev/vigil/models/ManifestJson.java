package dev.vigil.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bytes of {@code vigil-model.json}: snake_case fields in a fixed order, pretty-printed. */
final class ManifestJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ManifestJson() {}

  static byte[] write(BundleManifest manifest) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("format_version", manifest.formatVersion());
    node.put("kind", manifest.kind().id());
    node.put("model_file", manifest.modelFile());
    node.put("algorithm", manifest.algorithm());
    manifest.encoding().writeJson(node);
    node.put("threshold", manifest.threshold());
    node.put("positive_label", manifest.positiveLabel());
    ObjectNode files = node.putObject("files");
    manifest.sortedFiles().forEach(files::put);
    try {
      String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest is always writable", e);
    }
  }

  /** Reads a manifest; the format version is checked first, so a newer format fails clearly. */
  static BundleManifest read(byte[] bytes) {
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + firstLine(e), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode version = JsonReading.required(node, "format_version", "");
    if (!version.isInt() || version.asInt() != BundleManifest.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "format_version: "
              + version
              + " is not supported; this version of Vigil reads format_version "
              + BundleManifest.FORMAT_VERSION
              + " (a newer Vigil wrote this bundle?)");
    }
    Map<String, String> files = new LinkedHashMap<>();
    JsonNode fileNode = JsonReading.object(node, "files", "");
    for (Iterator<String> names = fileNode.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      files.put(name, JsonReading.text(fileNode, name, "files."));
    }
    return new BundleManifest(
        version.asInt(),
        ModelKind.of(JsonReading.text(node, "kind", "")),
        JsonReading.text(node, "model_file", ""),
        JsonReading.text(node, "algorithm", ""),
        FeatureEncoding.readJson(node),
        JsonReading.number(node, "threshold", ""),
        JsonReading.text(node, "positive_label", ""),
        files);
  }

  private static String firstLine(IOException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

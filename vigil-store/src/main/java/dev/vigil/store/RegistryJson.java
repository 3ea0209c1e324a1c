package dev.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** The JSON objects of the registry's tags, metrics and params columns, written sorted by key. */
final class RegistryJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegistryJson() {}

  static String write(Map<String, ?> map) {
    try {
      return MAPPER.writeValueAsString(new TreeMap<>(map));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers is always JSON", e);
    }
  }

  static Map<String, String> strings(String json) {
    return read(json, new TypeReference<Map<String, String>>() {});
  }

  static Map<String, Double> numbers(String json) {
    return read(json, new TypeReference<Map<String, Double>>() {});
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("a registry row holds JSON this build cannot read", e);
    }
  }
}

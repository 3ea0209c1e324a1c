package dev.vigil.core.tracking;

import java.util.regex.Pattern;

/**
 * MLflow's rules for names and values: keys of params, metrics and tags are 1 to 250 characters of
 * letters, digits, {@code _ - . / :} and spaces, never a relative path ({@code ..}); param values
 * at most 6000 characters, tag values at most 8000.
 */
public final class TrackingNames {

  public static final int MAX_KEY_LENGTH = 250;
  public static final int MAX_PARAM_VALUE_LENGTH = 6000;
  public static final int MAX_TAG_VALUE_LENGTH = 8000;
  public static final int MAX_EXPERIMENT_NAME_LENGTH = 500;

  private static final Pattern KEY =
      Pattern.compile("[/\\w.\\- :]+", Pattern.UNICODE_CHARACTER_CLASS);

  private TrackingNames() {}

  /** The key, or an error starting with {@code field} saying what is wrong with it. */
  public static String requireKey(String field, String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException(field + ": a key is required");
    }
    if (key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          field + ": '" + key + "' is longer than " + MAX_KEY_LENGTH + " characters");
    }
    if (!KEY.matcher(key).matches() || key.contains("..") || key.startsWith("/")) {
      throw new IllegalArgumentException(
          field
              + ": '"
              + key
              + "' may only contain letters, digits, underscores, dashes, periods, colons,"
              + " spaces and slashes, and must not be a path such as '../x' or '/x'");
    }
    return key;
  }

  static String requireValue(String field, String value, int maxLength) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": a value is required");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          field + ": the value is longer than " + maxLength + " characters");
    }
    return value;
  }

  static String requireExperimentName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: an experiment name is required");
    }
    if (name.length() > MAX_EXPERIMENT_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "name: longer than " + MAX_EXPERIMENT_NAME_LENGTH + " characters");
    }
    return name;
  }
}

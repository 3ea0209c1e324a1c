package dev.vigil.http;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the field a domain validation message is about and names it as the API does. Domain records
 * start their messages with the Java name of the field ({@code "decisionThreshold must be in [0,
 * 1]"}, {@code "segmentColumns: 'x' is repeated"}); the API names it in snake_case as in the
 * request ({@code threshold}, {@code segments}).
 */
final class DomainFields {

  private static final Pattern LEADING_NAME = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)(?::| )");

  private static final Map<String, String> API_NAMES =
      Map.ofEntries(
          Map.entry("name", "name"),
          Map.entry("columns", "schema"),
          Map.entry("schema", "schema"),
          Map.entry("positiveClass", "positive_class"),
          Map.entry("positiveValues", "positive_labels"),
          Map.entry("negativeValues", "negative_labels"),
          Map.entry("decisionThreshold", "threshold"),
          Map.entry("windowGranularity", "granularity"),
          Map.entry("segmentColumns", "segments"),
          // query parameters of the monitoring routes
          Map.entry("from", "from"),
          Map.entry("to", "to"),
          Map.entry("granularity", "granularity"),
          Map.entry("segment", "segment"),
          Map.entry("version", "version"),
          Map.entry("feature", "feature"),
          // query parameters of the periods route
          Map.entry("size", "size"),
          Map.entry("after", "after"));

  private DomainFields() {}

  /** The API name of the field the message starts with, if it starts with a known field. */
  static Optional<String> fieldOf(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = LEADING_NAME.matcher(message);
    return matcher.find() ? Optional.ofNullable(API_NAMES.get(matcher.group(1))) : Optional.empty();
  }

  /** The message with its leading Java field name replaced by the API name. */
  static String apiMessage(String message) {
    Matcher matcher = LEADING_NAME.matcher(message);
    if (!matcher.find() || !API_NAMES.containsKey(matcher.group(1))) {
      return message;
    }
    return API_NAMES.get(matcher.group(1)) + message.substring(matcher.end(1));
  }
}

package dev.vigil.http.mlflow;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a registry search: {@code max_results} items from the offset the {@code page_token}
 * encodes, and the token of the next page when there is one. Tokens are opaque to clients.
 */
record MlflowRegistryPage<T>(List<T> items, String nextPageToken) {

  static <T> MlflowRegistryPage<T> of(
      List<T> all, String pageToken, String maxResults, int defaultMax, int limit) {
    int max = maxResults == null ? defaultMax : parse("max_results", maxResults);
    if (max < 1 || max > limit) {
      throw MlflowRegistryParams.invalid(
          "Invalid value for max_results: it must be between 1 and " + limit + ", was " + max);
    }
    int offset = offset(pageToken);
    int end = Math.min(all.size(), offset + max);
    List<T> items = offset >= all.size() ? List.of() : all.subList(offset, end);
    String next = end < all.size() ? token(end) : null;
    return new MlflowRegistryPage<>(items, next);
  }

  private static int offset(String token) {
    if (token == null || token.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int offset = Integer.parseInt(text.substring("offset:".length()));
      if (text.startsWith("offset:") && offset >= 0) {
        return offset;
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // refused below
    }
    throw MlflowRegistryParams.invalid("Invalid page token '" + token + "'");
  }

  private static String token(int offset) {
    return Base64.getUrlEncoder()
        .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int parse(String name, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw MlflowRegistryParams.invalid("Invalid value for " + name + ": '" + text + "'");
    }
  }
}

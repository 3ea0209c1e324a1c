package dev.vigil.core.tracking;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code page_token} of a paged answer: the offset of the next page, base64-encoded. A
 * token that does not decode is refused naming {@code page_token}.
 */
public final class PageToken {

  private static final String PREFIX = "offset:";

  private PageToken() {}

  public static String of(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset a token names; 0 for a null or empty token (the first page). */
  public static int offset(String token) {
    if (token == null || token.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        int offset = Integer.parseInt(text.substring(PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal: NumberFormatException is an IllegalArgumentException too
    }
    throw new IllegalArgumentException("page_token: '" + token + "' is not a token Vigil gave");
  }
}

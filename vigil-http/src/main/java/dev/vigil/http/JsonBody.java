package dev.vigil.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reads a request body that must be one JSON object of at most {@code maxBytes}: checks the content
 * type (415), the size (413, from {@code Content-Length} before reading, and while reading for
 * chunked bodies) and the syntax (400), in that order.
 */
final class JsonBody {

  private final ObjectMapper json;
  private final long maxBytes;

  JsonBody(ObjectMapper json, long maxBytes) {
    this.json = json;
    this.maxBytes = maxBytes;
  }

  JsonNode readObject(Context ctx) {
    requireJsonContentType(ctx.header("Content-Type"));
    byte[] bytes = readBounded(ctx);
    JsonNode root;
    try {
      root = json.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("body", "the body is not valid JSON: " + describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw ApiException.badRequest("body", "the body is empty; a JSON object is required");
    }
    if (!root.isObject()) {
      throw ApiException.badRequest("body", "the body must be a JSON object");
    }
    return root;
  }

  private static void requireJsonContentType(String contentType) {
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw new ApiException(
          415,
          "Content-Type",
          "Content-Type must be application/json, was "
              + (contentType == null ? "missing" : "'" + contentType + "'"));
    }
  }

  /** The raw body, refused with a 413 past the limit. */
  byte[] readBounded(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > maxBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      // One byte past the limit is enough to know the body is too large.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  private ApiException tooLarge() {
    return new ApiException(
        413, "body", "the body is larger than the limit of " + maxBytes + " bytes");
  }

  private static String describe(JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    return e.getOriginalMessage() + where;
  }
}

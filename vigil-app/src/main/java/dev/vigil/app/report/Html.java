package dev.vigil.app.report;

/**
 * A small writer of XHTML-compatible markup: every element is closed, attribute values are quoted,
 * and all text passes through {@link #escape}, so user data (feature names, categories) can never
 * open markup. Characters XML forbids are replaced, keeping the document well-formed.
 */
final class Html {

  private final StringBuilder out = new StringBuilder();

  /** Text safe in element content and in double- or single-quoted attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
              }
            });
    return escaped.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** Opens {@code tag} with attributes given as name, value pairs. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element with only text inside. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * An empty element, self-closed: only for HTML's void elements (meta) and SVG's elements; HTML
   * ignores the {@code />} of any other element, which would then swallow what follows.
   */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup made by another {@link Html} (or a constant without user text). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html newline() {
    out.append('\n');
    return this;
  }

  private void attributes(String[] pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes: name, value pairs");
    }
    for (int i = 0; i < pairs.length; i += 2) {
      out.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

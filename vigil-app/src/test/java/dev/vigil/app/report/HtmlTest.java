package dev.vigil.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlTest {

  @Test
  void escapesMarkupQuotesAndCharactersXmlForbids() throws Exception {
    String hostile = "<a href=\"x\">&'\u0001\uFFFE é 𝔸";
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;\uFFFD\uFFFD é 𝔸", Html.escape(hostile));
    String page = new Html().open("p", "title", hostile).text(hostile).close("p").toString();
    Document dom = ReportPage.parse(page);
    assertEquals("<a href=\"x\">&'\uFFFD\uFFFD é 𝔸", dom.getDocumentElement().getTextContent());
    assertEquals(
        "<a href=\"x\">&'\uFFFD\uFFFD é 𝔸", dom.getDocumentElement().getAttribute("title"));
  }

  @Test
  void attributesComeInPairs() {
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "class"));
  }

  @Test
  void chartScaleWidensToTwentiethsAndTicksRoundNumbers() {
    ChartScale scale = ChartScale.of(List.of(0.71, 0.93, Double.NaN), 10, 110);
    assertEquals(0.7, scale.low(), 1e-12);
    assertEquals(0.95, scale.high(), 1e-12);
    assertEquals(110, scale.at(0.7), 1e-9);
    assertEquals(10, scale.at(0.95), 1e-9);
    assertEquals(10, scale.at(2.0), 1e-9, "clamped");
    List<Double> ticks = scale.ticks();
    assertEquals(6, ticks.size(), ticks.toString());
    assertEquals(0.7, ticks.get(0), 1e-12);
    assertEquals(0.95, ticks.get(5), 1e-12);
    assertEquals(new ChartScale(0, 1, 10, 110), ChartScale.of(List.of(Double.NaN), 10, 110));
  }
}

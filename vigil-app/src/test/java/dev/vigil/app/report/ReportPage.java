package dev.vigil.app.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A written report parsed as XML (the report's markup is XHTML-compatible), with lookups. */
record ReportPage(String text, Document dom) {

  static ReportPage read(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return new ReportPage(text, parse(text));
  }

  /** Parses, failing on any well-formedness error; external entities and DTDs are never loaded. */
  static Document parse(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    var builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    try {
      return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  List<Element> elements(String tag) {
    NodeList nodes = dom.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  Element byId(String id) {
    return elements("*").stream()
        .filter(e -> e.getAttribute("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element with id " + id));
  }

  /** The rows of the drift table, by feature name. */
  Element driftRow(String feature) {
    return rowsOf("drift").stream()
        .filter(r -> r.getAttribute("data-feature").equals(feature))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no drift row for " + feature));
  }

  /** The rows of the table of this class that describe something (a data-feature or cells). */
  List<Element> rowsOf(String tableClass) {
    Element table =
        elements("table").stream()
            .filter(t -> t.getAttribute("class").equals(tableClass))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no table " + tableClass));
    List<Element> rows = new ArrayList<>();
    NodeList trs = table.getElementsByTagName("tr");
    for (int i = 0; i < trs.getLength(); i++) {
      Element tr = (Element) trs.item(i);
      if (tr.getElementsByTagName("td").getLength() > 0) {
        rows.add(tr);
      }
    }
    return rows;
  }

  static List<String> cells(Element row) {
    NodeList tds = row.getElementsByTagName("td");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tds.getLength(); i++) {
      out.add(tds.item(i).getTextContent());
    }
    return out;
  }
}

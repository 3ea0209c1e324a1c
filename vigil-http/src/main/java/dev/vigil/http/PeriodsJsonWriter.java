package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.Period;
import dev.vigil.core.query.PeriodCursor;
import dev.vigil.core.query.PeriodsView;
import java.time.Instant;

/** The answer of {@code GET /api/v1/models/{name}/periods} (shape in docs/API.md). */
final class PeriodsJsonWriter {

  private final ObjectMapper json;
  private final WindowsJsonWriter windows;
  private final PerformanceJsonWriter performance;

  PeriodsJsonWriter(ObjectMapper json) {
    this.json = json;
    this.windows = new WindowsJsonWriter(json);
    this.performance = new PerformanceJsonWriter(json);
  }

  ObjectNode write(PeriodsView view) {
    ObjectNode answer = ScopeJson.answer(json, view.scope());
    answer.put("size", view.size());
    JsonNumbers.put(
        answer, "reference_uploaded_at", view.referenceUploadedAt().map(Instant::toString));
    ArrayNode periods = answer.putArray("periods");
    view.periods().forEach(period -> periods.add(period(period)));
    JsonNumbers.put(answer, "next", view.next().map(PeriodCursor::text));
    return answer;
  }

  private ObjectNode period(Period period) {
    ObjectNode node = json.createObjectNode();
    node.put("index", period.index());
    node.put("first_prediction_at", period.stats().start().toString());
    node.put("last_prediction_at", period.stats().end().toString());
    node.put("partial", period.stats().partial());
    windows.statistics(node, period.stats());
    performance.stats(node.putObject("performance"), period.performance());
    return node;
  }
}

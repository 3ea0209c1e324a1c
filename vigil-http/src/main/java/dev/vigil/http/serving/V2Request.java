package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.serving.ServedModel;
import dev.vigil.http.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * An Open Inference Protocol (V2) infer request read against a served model's inputs: its {@code
 * id} (echoed), the rows of its input tensors ({@link TensorRows}), the prediction ids the client
 * gave in {@code parameters.prediction_ids}, and the outputs it asked for (all when it names none).
 *
 * @param id the request id, or null
 * @param clientIds the client's prediction ids, or null
 */
record V2Request(String id, List<Object[]> rows, List<String> clientIds, List<String> outputs) {

  static final String PROBABILITY = "probability";
  static final String LABEL = "label";
  static final List<String> OUTPUTS = List.of(PROBABILITY, LABEL);

  static V2Request read(JsonNode body, ServedModel model, int maxRows) {
    JsonNode inputs = body.get("inputs");
    if (inputs == null || !inputs.isArray() || inputs.isEmpty()) {
      throw ApiException.badRequest("inputs", "inputs must be a non-empty array of tensors");
    }
    List<Tensor> tensors = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      tensors.add(Tensor.read(inputs.get(i), i));
    }
    List<Object[]> rows = TensorRows.of(tensors, model.inputs().columns(), maxRows);
    JsonNode parameters = body.path("parameters");
    List<String> ids =
        PredictionIds.given(
            parameters.get("prediction_ids"), rows.size(), "parameters.prediction_ids");
    return new V2Request(id(body.get("id")), rows, ids, outputs(body.get("outputs")));
  }

  private static String id(JsonNode id) {
    if (id == null || id.isNull()) {
      return null;
    }
    if (!id.isTextual()) {
      throw ApiException.badRequest("id", "id must be a string");
    }
    return id.textValue();
  }

  private static List<String> outputs(JsonNode requested) {
    if (requested == null || requested.isNull()) {
      return OUTPUTS;
    }
    if (!requested.isArray()) {
      throw ApiException.badRequest("outputs", "outputs must be an array of {\"name\": ...}");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      String name = requested.get(i).path("name").asText("");
      if (!OUTPUTS.contains(name)) {
        String field = "outputs[" + i + "].name";
        throw ApiException.badRequest(
            field, field + " '" + name + "' is not an output; the outputs are " + OUTPUTS);
      }
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? OUTPUTS : names;
  }
}

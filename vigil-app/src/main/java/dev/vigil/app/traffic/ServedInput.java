package dev.vigil.app.traffic;

import java.util.Objects;

/**
 * One input of a served model as its Open Inference Protocol metadata names it: {@code FP64}
 * (numeric), {@code BYTES} (categorical) or {@code BOOL} (boolean).
 */
public record ServedInput(String name, String datatype) {

  public ServedInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(datatype, "datatype");
  }
}

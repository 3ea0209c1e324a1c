package dev.vigil.models;

import java.util.Locale;

/** The format of a bundle's model file, which decides what scores it. */
public enum ModelKind {
  /** XGBoost's native JSON or UBJ, scored with XGBoost4J. */
  XGBOOST,
  /** ONNX, scored with ONNX Runtime. */
  ONNX;

  /** The name in manifests: {@code xgboost}, {@code onnx}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ModelKind of(String id) {
    for (ModelKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind: expected xgboost or onnx, got '" + id + "'");
  }
}

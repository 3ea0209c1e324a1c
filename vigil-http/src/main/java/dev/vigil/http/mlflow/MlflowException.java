package dev.vigil.http.mlflow;

import java.util.Objects;

/**
 * A refusal under {@code /api/2.0/mlflow/}, answered in MLflow's shape {@code {"error_code": "...",
 * "message": "..."}} with the code's HTTP status, so MLflow's clients recognise it.
 */
public final class MlflowException extends RuntimeException {

  private final MlflowErrorCode code;

  public MlflowException(MlflowErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public MlflowErrorCode code() {
    return code;
  }
}

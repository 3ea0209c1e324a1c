package dev.vigil.http.mlflow;

/** MLflow's error codes (databricks_pb2.ErrorCode) that Vigil answers, with their HTTP status. */
public enum MlflowErrorCode {
  INVALID_PARAMETER_VALUE(400),
  BAD_REQUEST(400),
  RESOURCE_DOES_NOT_EXIST(404),
  RESOURCE_ALREADY_EXISTS(400),
  INVALID_STATE(400),
  ENDPOINT_NOT_FOUND(404),
  INTERNAL_ERROR(500);

  private final int httpStatus;

  MlflowErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}

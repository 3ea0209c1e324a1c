package dev.vigil.core.kserve;

import java.util.Optional;

/** Which half of an inference a payload-logger event carries, by its CloudEvents type. */
public enum EventKind {
  REQUEST("org.kubeflow.serving.inference.request"),
  RESPONSE("org.kubeflow.serving.inference.response");

  private final String ceType;

  EventKind(String ceType) {
    this.ceType = ceType;
  }

  /** The {@code ce-type} header value of this kind. */
  public String ceType() {
    return ceType;
  }

  /** The other half: the request's partner is the response and vice versa. */
  public EventKind partner() {
    return this == REQUEST ? RESPONSE : REQUEST;
  }

  /** The kind with this {@code ce-type}, if it is one of the two the logger sends. */
  public static Optional<EventKind> ofCeType(String ceType) {
    for (EventKind kind : values()) {
      if (kind.ceType.equals(ceType)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

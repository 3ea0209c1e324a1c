package dev.vigil.core.detector;

import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import java.util.Objects;

/**
 * The detector a live stream runs: a method and the parameters given (River's names; the others
 * take River's defaults). Invariant: the parameters are the method's and valid, so {@link #create}
 * succeeds.
 */
public record StreamDetector(DetectorMethod method, DetectorParameters parameters) {

  public StreamDetector {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(parameters, "parameters");
    method.create(parameters); // refuses, naming it, a parameter the method lacks or a bad value
  }

  /** The method with River's default parameters. */
  public static StreamDetector of(DetectorMethod method) {
    return new StreamDetector(method, DetectorParameters.none());
  }

  /** A new detector that has seen nothing. */
  ChangeDetector create() {
    return method.create(parameters);
  }

  /** Whether {@code detector} is of this method with these parameters in force. */
  boolean runs(ChangeDetector detector) {
    return detector.method() == method && detector.parameters().equals(create().parameters());
  }
}

package dev.vigil.app.drift;

/** A column left out of the drift tests, and why. */
public record SkippedColumn(String name, String reason) {}

package dev.vigil.stats.drift;

/** The drift verdict for one column. */
public record ColumnDrift(
    String name, ColumnKind kind, long referenceCount, long currentCount, DriftResult result) {}

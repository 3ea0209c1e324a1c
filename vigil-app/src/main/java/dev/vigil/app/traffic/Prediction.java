package dev.vigil.app.traffic;

/** A scored row: the prediction id the server stored it under, and its probability of churn. */
public record Prediction(String id, double score, String modelVersion) {}

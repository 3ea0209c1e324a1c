package dev.vigil.core.tracking;

import java.util.List;
import java.util.Objects;

/**
 * A search of runs (MLflow's runs/search): in these experiments, those the view and the {@link
 * RunFilter} let through, in {@link RunOrder}, one page of at most {@code maxResults} (1 to {@value
 * #MAX_RESULTS}) starting where {@code pageToken} says.
 */
public record RunSearch(
    List<String> experimentIds,
    String filter,
    ViewType view,
    int maxResults,
    List<String> orderBy,
    String pageToken) {

  public static final int DEFAULT_MAX_RESULTS = 1000;
  public static final int MAX_RESULTS = 50_000;

  public RunSearch {
    experimentIds = List.copyOf(experimentIds);
    Objects.requireNonNull(view, "view");
    orderBy = List.copyOf(orderBy);
    if (maxResults < 1 || maxResults > MAX_RESULTS) {
      throw new IllegalArgumentException(
          "max_results: must be in [1, " + MAX_RESULTS + "], was " + maxResults);
    }
  }
}

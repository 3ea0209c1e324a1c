package dev.vigil.core.tracking;

import java.util.List;
import java.util.Optional;

/** One page of a listing, and the token of the next page when there is one. */
public record Page<T>(List<T> items, Optional<String> nextPageToken) {

  public Page {
    items = List.copyOf(items);
  }

  /** The page of {@code all} that starts at the token's offset and holds at most {@code max}. */
  public static <T> Page<T> of(List<T> all, String pageToken, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max_results: must be at least 1, was " + max);
    }
    int from = Math.min(PageToken.offset(pageToken), all.size());
    int to = (int) Math.min((long) from + max, all.size());
    Optional<String> next = to < all.size() ? Optional.of(PageToken.of(to)) : Optional.empty();
    return new Page<>(all.subList(from, to), next);
  }
}

package dev.vigil.core.kserve;

/**
 * How many pending halves one expiry deleted, by kind: requests whose response never came and
 * responses whose request never came. Both counts are non-negative.
 */
public record ExpiredHalves(long requests, long responses) {

  public static final ExpiredHalves NONE = new ExpiredHalves(0, 0);

  public ExpiredHalves {
    if (requests < 0) {
      throw new IllegalArgumentException("requests must be >= 0, was " + requests);
    }
    if (responses < 0) {
      throw new IllegalArgumentException("responses must be >= 0, was " + responses);
    }
  }

  /** The count of this kind. */
  public long of(EventKind kind) {
    return kind == EventKind.REQUEST ? requests : responses;
  }

  public long total() {
    return requests + responses;
  }
}

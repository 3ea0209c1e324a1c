package dev.vigil.core.kserve;

import dev.vigil.core.event.AppendResult;
import java.util.Objects;

/**
 * What offering a payload-logger event to the {@link PendingEventStore} did: kept it until its
 * partner comes ({@code PENDING}, also for a resend of a pending half), joined it with its partner
 * and appended the predictions ({@code JOINED}), or recognised a resend of an event whose inference
 * is already stored ({@code ALREADY_JOINED}, nothing changed). The append result is (0, 0) unless
 * joined.
 */
public record OfferOutcome(Status status, AppendResult appended) {

  /** The three things an offer can do. */
  public enum Status {
    PENDING,
    JOINED,
    ALREADY_JOINED
  }

  public OfferOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(appended, "appended");
  }

  public static OfferOutcome pending() {
    return new OfferOutcome(Status.PENDING, new AppendResult(0, 0));
  }

  public static OfferOutcome alreadyJoined() {
    return new OfferOutcome(Status.ALREADY_JOINED, new AppendResult(0, 0));
  }

  public static OfferOutcome joined(AppendResult appended) {
    return new OfferOutcome(Status.JOINED, appended);
  }
}

package dev.vigil.core.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where alert rules, their current states, their history and the notifications waiting for delivery
 * are kept. Implementations are safe for concurrent use.
 */
public interface AlertStore {

  /**
   * Stores a new rule.
   *
   * @throws IllegalArgumentException naming {@code id} when the model already has a rule of this
   *     id, or {@code model} when the model is not monitored
   */
  void createRule(AlertRule rule);

  /**
   * Replaces the rule of the same model and id; its state is kept.
   *
   * @return false, changing nothing, when there is no such rule
   */
  boolean updateRule(AlertRule rule);

  /** Deletes a rule and its current state (its history stays); false when there was none. */
  boolean deleteRule(String model, String ruleId);

  Optional<AlertRule> findRule(String model, String ruleId);

  /** The model's rules, ordered by id. */
  List<AlertRule> rules(String model);

  /** The current state of each of the model's rules that has one, keyed by rule id. */
  Map<String, AlertState> states(String model);

  /**
   * Saves an evaluation in one transaction: every state (inserted or replaced), every event
   * appended to the history, and the notifications queued for delivery. All or nothing.
   */
  void record(List<AlertState> states, List<AlertEvent> events, List<NewNotification> outbox);

  /**
   * Acknowledges the rule's alert if it is firing (a second acknowledgement keeps the first time).
   * Atomic, and a concurrent {@link #record} of a state read before it keeps it while the alert
   * still fires.
   *
   * @return false, changing nothing, when the alert is not firing (or has no state)
   */
  boolean acknowledge(String model, String ruleId, Instant at);

  /** The model's events with {@code from <= at < to}, oldest first. */
  List<AlertEvent> events(String model, Instant from, Instant to);

  /**
   * Claims up to {@code limit} notifications that are pending and due at {@code now}, oldest due
   * first: each one's attempt count goes up by one and its next attempt moves to {@code now +
   * lease}, so that another claimer skips it until then (a crashed sender's claim expires).
   */
  List<QueuedNotification> claimDue(Instant now, int limit, Duration lease);

  /** Marks a claimed notification delivered. */
  void markDelivered(long id, Instant at);

  /**
   * Records a failed attempt: retried at {@code retryAt}, or given up (status failed) when empty.
   */
  void markFailed(long id, String error, Optional<Instant> retryAt);

  /** The model's notifications, newest first, at most {@code limit}: to show failed deliveries. */
  List<QueuedNotification> notifications(String model, int limit);
}

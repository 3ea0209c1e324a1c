package dev.vigil.core.alert;

import java.util.List;

/**
 * What one evaluation of a model's rules decided: the new state of every rule evaluated (to save),
 * the status changes (to append to the history, in the same transaction as the states) and the
 * notifications to send.
 */
public record Evaluation(
    List<AlertState> states, List<AlertEvent> events, List<Notification> notifications) {

  public Evaluation {
    states = List.copyOf(states);
    events = List.copyOf(events);
    notifications = List.copyOf(notifications);
  }
}

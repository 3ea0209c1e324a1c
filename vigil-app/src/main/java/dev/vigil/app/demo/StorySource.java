package dev.vigil.app.demo;

import dev.vigil.app.synth.ChurnGenerator;
import dev.vigil.app.synth.SyntheticCustomer;
import dev.vigil.app.traffic.TrafficRow;
import dev.vigil.app.traffic.TrafficSource;
import java.time.Duration;
import java.util.Optional;

/**
 * Generated customers shifted as the story's phase at the row's story time says, each with its true
 * label (sent later as feedback). Never exhausted. The current phase is readable from other
 * threads, for the status line.
 */
final class StorySource implements TrafficSource {

  private final ChurnGenerator generator;
  private final DemoStory story;
  private volatile DemoStory.Phase phase;

  StorySource(ChurnGenerator generator, DemoStory story) {
    this.generator = generator;
    this.story = story;
    this.phase = story.phases().get(0);
  }

  @Override
  public Optional<TrafficRow> next(Duration storyTime) {
    phase = story.phaseAt(storyTime);
    SyntheticCustomer customer = generator.next(phase.shift());
    return Optional.of(new TrafficRow(customer.features(), customer.churned()));
  }

  /** The phase of the last row sent. */
  DemoStory.Phase phase() {
    return phase;
  }
}

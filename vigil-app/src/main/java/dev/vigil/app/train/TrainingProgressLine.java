package dev.vigil.app.train;

import dev.vigil.models.TrainingProgress;
import java.io.PrintWriter;

/**
 * The progress of the boosting rounds on one line of standard error, redrawn at most every 5% so a
 * log file stays short.
 */
final class TrainingProgressLine implements TrainingProgress {

  private final PrintWriter err;
  private int shownPercent = -1;
  private boolean drawn;

  TrainingProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void round(int done, int total) {
    int percent = (int) (100L * done / total);
    if (percent / 5 != shownPercent / 5 || done == total) {
      shownPercent = percent;
      err.print("\rtraining: round " + done + "/" + total + " (" + percent + "%)");
      err.flush();
      drawn = true;
    }
  }

  void finish() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}

package dev.vigil.app.report;

import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.query.UnknownModelException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil report}: one standalone HTML file on a monitored model read from Vigil's store
 * ({@code --model}), or on two CSV files ({@code --reference} and {@code --current}), as
 * docs/REPORT.md describes.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a standalone HTML monitoring report (no network needed to open it): verdict, drift"
          + " per feature with both distributions drawn, data quality, realized and estimated"
          + " performance over periods, and the degradation decision with its reasons.",
      "Store mode: --model NAME [--from] [--to] reads the model's windows and predictions from"
          + " --data-dir/--db. CSV mode: --reference A.csv --current B.csv, as vigil drift.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report was written (whatever its verdict)",
      "1:error: a file, the store or the model cannot be used",
      "2:usage error: bad option, column, range or model name",
    })
public final class ReportCommand implements Callable<Integer> {

  static final int ERROR = 1;
  static final int USAGE = 2;
  static final String BATCH_SIZE = "BATCH_SIZE";

  private final Clock clock;
  private final Map<String, String> environment;

  @Spec CommandSpec spec;

  @Mixin StoreOptions store = new StoreOptions();

  @Mixin CsvOptions csv = new CsvOptions();

  @Option(names = "--out", required = true, description = "The HTML file to write.")
  Path out;

  @Option(
      names = "--batch-size",
      description =
          "Rows (CSV mode) or predictions (store mode) per period (default: env"
              + " BATCH_SIZE, else 250).")
  Integer batchSize;

  public ReportCommand() {
    this(Clock.systemUTC(), System.getenv());
  }

  /** With the clock of the generated-at line and the environment of the thresholds. */
  public ReportCommand(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean csvMode = csv.current != null;
    if (!csvMode && store.model == null && csv.reference != null) {
      throw usage("--current is required in CSV mode (or give --model for store mode)");
    }
    if (csvMode == (store.model != null)) {
      throw usage(
          "give --model NAME (store mode) or --reference and --current (CSV mode), not "
              + (csvMode ? "both" : "neither"));
    }
    DegradationPolicy policy = policy();
    int size = batchSize();
    try {
      ReportDocument doc =
          csvMode
              ? CsvReport.build(
                  csv.request(size, policy, store.usedFlags(), this::usage),
                  clock,
                  ProgressMeter.silent())
              : store.build(
                  size,
                  policy,
                  csv.referenceFile(this::usage),
                  csv.csvOnlyFlags(),
                  clock,
                  environment,
                  this::usage);
      write(HtmlReport.render(doc));
      spec.commandLine()
          .getOut()
          .printf(
              "%s: %s (%s)%n",
              out,
              doc.verdict().status().label(),
              doc.verdict().reasons().isEmpty() ? "no finding" : doc.verdict().reasons().get(0));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (ParameterException e) {
      throw e;
    } catch (UnknownModelException e) {
      return fail(err, "--model: " + e.getMessage(), USAGE);
    } catch (IOException | RuntimeException e) {
      return fail(err, e.getMessage(), e instanceof IllegalArgumentException ? USAGE : ERROR);
    }
  }

  private int fail(PrintWriter err, String message, int code) {
    err.println("vigil report: " + message);
    err.flush();
    return code;
  }

  private DegradationPolicy policy() {
    try {
      return DegradationPolicy.fromEnvironment(environment);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private int batchSize() {
    String text = batchSize != null ? batchSize.toString() : environment.get(BATCH_SIZE);
    if (text == null || text.isBlank()) {
      return 250;
    }
    String source = batchSize != null ? "--batch-size" : BATCH_SIZE;
    try {
      int size = Integer.parseInt(text.strip());
      if (size >= 1) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw usage(source + ": must be a whole number of at least 1, was '" + text + "'");
  }

  /** Writes the whole file or nothing: a temporary file beside it, then moved over it. */
  private void write(String html) throws IOException {
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".report-", ".html");
    try {
      Files.writeString(temporary, html, StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

package dev.vigil.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigil.app.csv.CsvInputException;
import dev.vigil.app.csv.NumericColumnReader;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.detect.DetectionRun;
import dev.vigil.app.detect.ValueLines;
import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vigil detect}: a streaming change detector over a stream of values from a file. */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description = {
      "Run a change detector over a stream (one value a line, or a column of a CSV file) and print,"
          + " as JSON, the 0-based indices where it warned and where it detected a change.",
      "ddm, eddm, hddm-a and hddm-w take an error stream of 0 (correct) and 1 (error); the others"
          + " take real values. Blank values are skipped and take no index.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:error: the input is missing or bad", "2:usage error"})
public final class DetectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--method",
      required = true,
      description =
          "page-hinkley, ddm, eddm, hddm-a, hddm-w, adwin, kswin, iks or mean-variance-shift.")
  String method;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A detector parameter with River's name, e.g. threshold=20 (repeatable).")
  List<String> params = new ArrayList<>();

  @Option(names = "--input", required = true, description = "The stream: a file.")
  Path input;

  @Option(
      names = "--column",
      description = "Read this column of a CSV file (with a header) instead of one value a line.")
  String column;

  @Override
  public Integer call() throws Exception {
    ChangeDetector detector = detector();
    PrintWriter err = spec.commandLine().getErr();
    try {
      double[] stream = read(err);
      DetectionRun run = DetectionRun.of(detector, stream);
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      spec.commandLine()
          .getOut()
          .println(json.writeValueAsString(run.toJson(detector, input.toString(), column)));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (CsvInputException | IllegalArgumentException e) {
      err.println("vigil detect: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private ChangeDetector detector() {
    try {
      DetectorMethod m = DetectorMethod.fromId(method);
      return m.create(DetectorParameters.parse(params));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private double[] read(PrintWriter err) {
    if (column == null) {
      return ValueLines.read(input);
    }
    long bytes = input.toFile().length();
    ProgressMeter meter =
        Files.isRegularFile(input) && bytes > ProgressMeter.LARGE_BYTES
            ? ProgressMeter.forBytes(err, bytes)
            : ProgressMeter.silent();
    return NumericColumnReader.read(input, column, meter);
  }
}

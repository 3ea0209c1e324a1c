package dev.vigil.app.simulate;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of {@code vigil simulate} with what it printed. */
record SimulationCli(int exitCode, String out, String err) {

  static SimulationCli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new SimulationCli(code, out.toString(), err.toString());
  }
}

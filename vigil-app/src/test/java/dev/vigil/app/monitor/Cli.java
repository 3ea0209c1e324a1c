package dev.vigil.app.monitor;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of a command object on the command line, with what it printed. */
record Cli(int exitCode, String out, String err) {

  static Cli run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }
}

package de.sozialraum.monitor.cli;

import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.run.MonitorRun;
import de.sozialraum.monitor.run.Progress;
import de.sozialraum.monitor.stage.InputException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks configuration and inputs without publishing; prints all problems found.",
      "",
      "It is the run up to the quality gate: the same layer and CRS checks, every table read and checked, and the settings "
          + "of the later steps checked against the columns they will see, without computing them; a configuration it passes "
          + "does not make 'run' fail on configuration.",
      "",
      "Configuration problems come first and all at once, in the order of the file: 'line L, column C: /path: what is "
          + "wrong', with a 'did you mean' for a misspelt key, choice or reference, and what to set when a table's header "
          + "and first lines show another delimiter, decimal mark or encoding.",
      "",
      "Then it reports unreadable files, rejected features and cells with file and line, "
          + "warnings, and whether the quality gate would pass. Exit 0 (usable), 2 (invalid) or 3 (gate fails).",
      ""
    })
final class ValidateCommand implements Callable<Integer> {

  @Mixin JobOptions job;

  @Mixin LoggingOptions logging;

  @Option(
      names = "--limit",
      defaultValue = "50",
      paramLabel = "N",
      description = "Rejects printed at most (default: ${DEFAULT-VALUE}); all are counted.")
  int limit;

  @Override
  public Integer call() throws Exception {
    logging.apply(LoggingOptions.temporary());
    Optional<MonitorConfig> loaded = job.loadConfig();
    if (loaded.isEmpty()) {
      return MonitorCli.INVALID;
    }
    MonitorConfig cfg = loaded.get();
    System.out.println("configuration: valid (" + cfg.title() + ")");
    Progress progress = Progress.forTerminal(System.out);
    List<String> gate = new java.util.ArrayList<>();
    try {
      new MonitorRun(progress, job.master)
          .validate(
              cfg,
              (checked, summary) -> {
                checked.data().notes().forEach(n -> System.out.println("WARNING " + n));
                for (GeometryIssue g : checked.geography().districts().issues()) {
                  System.out.println(
                      (g.rejected() ? "REJECT  " : "WARNING ")
                          + g.location()
                          + " ["
                          + (g.featureId() == null ? "-" : g.featureId())
                          + "]: "
                          + g.problem());
                }
                for (Row r :
                    checked
                        .counts()
                        .rejects()
                        .orderBy("source", "line")
                        .limit(limit)
                        .collectAsList()) {
                  System.out.println(
                      "REJECT  "
                          + r.getAs("source")
                          + ", line "
                          + r.getAs("line")
                          + (r.getAs("column") == null
                              ? ""
                              : ", column '" + r.getAs("column") + "'")
                          + ": "
                          + r.getAs("rule")
                          + ": "
                          + r.getAs("message"));
                }
                System.out.println("summary: " + summary.toPrettyString());
                gate.addAll(checked.counts().gateReasons());
              });
    } catch (InputException e) {
      return invalid(e);
    }
    if (!gate.isEmpty()) {
      System.err.println("quality gate would fail:\n  - " + String.join("\n  - ", gate));
      return MonitorCli.QUALITY_GATE;
    }
    System.out.println("quality gate: passes");
    return MonitorCli.OK;
  }

  private static int invalid(InputException e) {
    System.err.println("invalid input:\n  - " + String.join("\n  - ", e.problems()));
    return MonitorCli.INVALID;
  }
}

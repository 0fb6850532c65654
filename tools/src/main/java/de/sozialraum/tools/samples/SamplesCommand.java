package de.sozialraum.tools.samples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/monitor samples}: a developer's command, so it lives with the generator and not in
 * the product jar.
 */
@Command(
    name = "monitor samples",
    mixinStandardHelpOptions = true,
    description = {
      "Regenerates the synthetic sample county deterministically.",
      "",
      "Writes DIR/kreis-unna (clean) and DIR/kreis-unna-defekt (every defect the quality rules must catch, listed in "
          + "DEFEKTE.md). All figures are invented; town names and rough positions are real so the map is recognisable.",
      ""
    })
public final class SamplesCommand implements Callable<Integer> {

  @Option(
      names = "--out",
      defaultValue = "samples",
      paramLabel = "DIR",
      description = "Target folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "" + SampleCountyGenerator.DEFAULT_SEED,
      paramLabel = "N",
      description = "Random seed; the same seed writes the same bytes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--scale",
      defaultValue = "1",
      paramLabel = "K",
      description = {
        "Divide every town into K times as many social spaces (default: ${DEFAULT-VALUE}, the"
            + " sample's 63). --scale 9 gives a city-sized set of 567, for the size limits of the"
            + " report and the atlas. With K > 1 the configuration DIR/monitor.yaml is written"
            + " beside it, config/sample.yaml with its paths pointing into DIR: run it with"
            + " 'scripts/monitor run --config DIR/monitor.yaml --out OUT'."
      })
  int scale;

  @Option(
      names = "--config-template",
      defaultValue = "config/sample.yaml",
      paramLabel = "FILE",
      description =
          "The configuration DIR/monitor.yaml is made from with --scale (default: ${DEFAULT-VALUE}).")
  Path template;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SamplesCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    SampleCountyGenerator.Summary s = new SampleCountyGenerator(seed, scale).generate(out);
    System.out.printf(
        "samples written: %s (%d social spaces, %d years, %d offers) and %s%n",
        s.clean(), s.districts(), s.years(), s.offers(), s.defective());
    if (scale > 1) {
      if (!Files.isRegularFile(template)) {
        System.err.println(
            template
                + ": no such configuration to make "
                + out.resolve("monitor.yaml")
                + " from;"
                + " give --config-template");
        return 2;
      }
      // the sample's configuration names its files relative to config/
      String config =
          Files.readString(template, StandardCharsets.UTF_8)
              .replace("../samples/kreis-unna/", "kreis-unna/");
      Files.writeString(out.resolve("monitor.yaml"), config, StandardCharsets.UTF_8);
      System.out.println("configuration written: " + out.resolve("monitor.yaml"));
    }
    return 0;
  }
}

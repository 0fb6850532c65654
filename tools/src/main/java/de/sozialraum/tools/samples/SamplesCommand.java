package de.sozialraum.tools.samples;

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

  public static void main(String[] args) {
    System.exit(new CommandLine(new SamplesCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    SampleCountyGenerator.Summary s = new SampleCountyGenerator(seed).generate(out);
    System.out.printf(
        "samples written: %s (%d social spaces, %d years, %d offers) and %s%n",
        s.clean(), s.districts(), s.years(), s.offers(), s.defective());
    return 0;
  }
}

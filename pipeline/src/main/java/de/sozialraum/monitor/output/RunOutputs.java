package de.sozialraum.monitor.output;

import de.sozialraum.monitor.util.Plugins;
import java.util.List;

/** The registered {@link RunOutput}s, in registration order. */
public final class RunOutputs {

  private static final List<RunOutput> ALL =
      List.copyOf(Plugins.byName(RunOutput.class, RunOutput::name, "outputs").values());

  private RunOutputs() {}

  public static List<RunOutput> all() {
    return ALL;
  }
}

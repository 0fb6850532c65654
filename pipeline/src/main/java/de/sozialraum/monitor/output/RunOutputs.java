package de.sozialraum.monitor.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** The registered {@link RunOutput}s, in registration order. */
public final class RunOutputs {

  private static final List<RunOutput> ALL = load();

  private RunOutputs() {}

  private static List<RunOutput> load() {
    List<RunOutput> all = new ArrayList<>();
    Set<String> names = new HashSet<>();
    ServiceLoader.load(RunOutput.class, RunOutputs.class.getClassLoader())
        .forEach(
            o -> {
              if (!names.add(o.name())) {
                throw new IllegalStateException("two outputs are registered as '" + o.name() + "'");
              }
              all.add(o);
            });
    return List.copyOf(all);
  }

  public static List<RunOutput> all() {
    return ALL;
  }
}

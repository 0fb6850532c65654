package de.sozialraum.monitor.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One published artefact of a run (a table in its forms, a layer, a file), as a plug-in: registered
 * in {@code META-INF/services/de.sozialraum.monitor.output.RunOutput} and written in the order
 * listed there by the {@code outputs} step. A writer writes only below the staged run's directory;
 * publication is the store's job.
 */
public interface RunOutput {

  /** A short name for logs and docs, e.g. {@code indices}. */
  String name();

  /**
   * @return each file or Spark directory written (relative to the run) with its rows; empty when
   *     the run has nothing of this kind
   */
  Map<String, Long> write(RunTables tables, Path runDir) throws IOException;

  /**
   * What this output leaves out of the run and why (for the manifest's notes and the terminal),
   * e.g. spreadsheet files of a year too large for a spreadsheet; empty when it writes everything.
   */
  default List<String> omitted(RunTables tables) {
    return List.of();
  }
}

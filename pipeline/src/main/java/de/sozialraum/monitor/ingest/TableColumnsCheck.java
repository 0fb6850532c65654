package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.ConfigCheck;
import de.sozialraum.monitor.config.MonitorConfig;
import java.nio.file.Files;
import java.util.List;

/**
 * Every table's configured columns against the table itself, asked of its format ({@link
 * TableFormat#checkColumns}) when the configuration is loaded, so that a misspelt column or a wrong
 * delimiter is one more problem of the configuration, with its line.
 */
public final class TableColumnsCheck implements ConfigCheck {

  @Override
  public void check(MonitorConfig config, List<String> problems) {
    for (int i = 0; i < config.tables().size(); i++) {
      MonitorConfig.Table t = config.tables().get(i);
      if (Files.isRegularFile(t.file()) && TableFormats.names().contains(t.format())) {
        TableFormats.of(t.format()).checkColumns(t, "/tables/" + i, problems);
      }
    }
  }
}

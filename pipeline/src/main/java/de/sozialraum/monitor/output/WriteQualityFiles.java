package de.sozialraum.monitor.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.stage.Stage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Step {@code quality_files}: {@code quality/} of the run ({@link QualityFiles}); the summary goes
 * on into the manifest.
 */
public final class WriteQualityFiles implements Stage<QualityReport, ObjectNode> {

  private final Path dir;

  public WriteQualityFiles(Path dir) {
    this.dir = dir;
  }

  @Override
  public ObjectNode apply(QualityReport report) throws IOException {
    return QualityFiles.write(report, dir);
  }

  @Override
  public String done(ObjectNode summary) {
    return "Qualitätsbericht geschrieben: "
        + summary.path("cells").path("rejected").asLong()
        + " verworfene Zellen, "
        + summary.path("warnings").asLong()
        + " Warnungen";
  }
}

package de.sozialraum.geodata.model;

import de.sozialraum.geodata.crs.ResolvedCrs;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one geometry source delivered: its features in file order and the CRS they are in.
 *
 * @param lineNumbered whether {@link SourceFeature#number()} is a line of a text file (CSV) rather
 *     than a feature index
 */
public record FeatureLayer(
    Path source,
    String format,
    ResolvedCrs crs,
    List<SourceFeature> features,
    List<String> fields,
    boolean lineNumbered) {

  /** Where a feature is, as an error message should say it: "sozialraeume.geojson, feature 12". */
  public String locate(SourceFeature feature) {
    return source.getFileName() + ", " + (lineNumbered ? "line " : "feature ") + feature.number();
  }
}

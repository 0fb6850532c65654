package de.sozialraum.geodata.io;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * ESRI Shapefile: {@code .shp} geometry, {@code .dbf} attributes in the encoding named by {@code
 * .cpg}, and the CRS from {@code .prj} (or the configuration, which wins). Without a {@code .cpg}
 * the DBF is read as Windows-1252, the encoding German authorities' ArcGIS exports use.
 */
public final class ShapefileSource implements FeatureSource {

  @Override
  public String shortName() {
    return "shapefile";
  }

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp");
  }

  @Override
  public FeatureLayer read(Path shp, LayerOptions options) throws GeodataException {
    List<Geometry> geometries = new ShpGeometryReader(new GeometryFactory()).read(shp);
    Path dbf = DbfTable.sibling(shp, "dbf");
    if (!Files.exists(dbf)) {
      throw new GeodataException(shp + ": the attribute file " + dbf.getFileName() + " is missing");
    }
    DbfTable attributes = DbfTable.read(dbf, options.encoding());
    if (attributes.records().size() > geometries.size()) {
      throw new GeodataException(
          dbf + ": has more records than " + shp.getFileName() + " (" + geometries.size() + ")");
    }
    List<SourceFeature> features = new ArrayList<>();
    for (Map<String, Object> record : attributes.records()) {
      Map<String, Object> values = new LinkedHashMap<>();
      record.forEach(
          (field, v) -> values.put(field, v instanceof Number num ? num.doubleValue() : v));
      features.add(new SourceFeature(features.size() + 1, values, geometries.get(features.size())));
    }
    List<String> fields = attributes.fields();
    if (features.size() != geometries.size()) {
      throw new GeodataException(
          dbf
              + ": has "
              + features.size()
              + " records but "
              + shp.getFileName()
              + " has "
              + geometries.size()
              + " shapes");
    }
    return new FeatureLayer(
        shp, shortName(), crs(shp, options), features, List.copyOf(fields), false);
  }

  private static ResolvedCrs crs(Path shp, LayerOptions options) throws GeodataException {
    try {
      if (options.crs().isPresent()) {
        return CrsResolver.decode(options.crs().get());
      }
      Path prj = DbfTable.sibling(shp, "prj");
      if (!Files.exists(prj)) {
        throw new GeodataException(
            shp
                + ": no .prj file and no 'crs' in the configuration: the coordinates cannot be placed on the map");
      }
      return CrsResolver.fromPrj(prj);
    } catch (CrsException e) {
      throw new GeodataException(e.getMessage(), e);
    }
  }
}

package de.sozialraum.geodata.io;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFRow;
import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    Path dbf = sibling(shp, "dbf");
    if (!Files.exists(dbf)) {
      throw new GeodataException(shp + ": the attribute file " + dbf.getFileName() + " is missing");
    }
    Charset charset = options.encoding() != null ? options.encoding() : cpgCharset(shp);
    List<SourceFeature> features = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    try (InputStream in = Files.newInputStream(dbf);
        DBFReader reader = new DBFReader(in, charset)) {
      for (int i = 0; i < reader.getFieldCount(); i++) {
        DBFField f = reader.getField(i);
        fields.add(f.getName());
      }
      DBFRow row;
      int n = 0;
      while ((row = reader.nextRow()) != null) {
        n++;
        if (n > geometries.size()) {
          throw new GeodataException(
              dbf
                  + ": has more records than "
                  + shp.getFileName()
                  + " ("
                  + geometries.size()
                  + ")");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String field : fields) {
          Object v = row.getObject(field);
          attributes.put(field, v instanceof Number num ? (Object) num.doubleValue() : v);
        }
        features.add(new SourceFeature(n, attributes, geometries.get(n - 1)));
      }
    } catch (DBFException | IOException e) {
      throw new GeodataException(dbf + ": cannot read attributes: " + e.getMessage(), e);
    }
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
      Path prj = sibling(shp, "prj");
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

  private static Charset cpgCharset(Path shp) throws GeodataException {
    Path cpg = sibling(shp, "cpg");
    if (!Files.exists(cpg)) {
      return Charset.forName("windows-1252");
    }
    try {
      String name = Files.readString(cpg, StandardCharsets.US_ASCII).trim();
      String upper = name.toUpperCase(Locale.ROOT);
      if (upper.matches("\\d+")) {
        name = (upper.equals("65001") ? "UTF-8" : "windows-" + upper);
      } else if (upper.startsWith("ANSI ")) {
        name = "windows-" + upper.substring(5).trim();
      }
      return Charset.forName(name);
    } catch (IOException | IllegalArgumentException e) {
      throw new GeodataException(cpg + ": unknown encoding: " + e.getMessage(), e);
    }
  }

  private static Path sibling(Path shp, String extension) {
    String name = shp.getFileName().toString();
    String base = name.substring(0, name.length() - 4);
    Path lower = shp.resolveSibling(base + "." + extension);
    Path upper = shp.resolveSibling(base + "." + extension.toUpperCase(Locale.ROOT));
    return Files.exists(lower) || !Files.exists(upper) ? lower : upper;
  }
}

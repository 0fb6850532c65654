package de.sozialraum.geodata.io;

import de.sozialraum.geodata.crs.ResolvedCrs;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.geotools.api.referencing.FactoryException;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;

/**
 * An OGC GeoPackage 1.3 written in one go: feature layers of one CRS, attribute tables, and the
 * {@code layer_styles} table in which QGIS looks for a layer's default style when it opens it.
 * Features are inserted in batches through the database connection (one prepared statement per
 * layer), since NGA's row objects build a statement per row; the contents' extents are set from the
 * features written.
 */
public final class GeoPackageWriter implements Closeable {

  /** A column's SQLite type; a value is written as its Java type says (Number, String, Boolean). */
  public enum Type {
    TEXT(GeoPackageDataType.TEXT),
    INTEGER(GeoPackageDataType.INTEGER),
    REAL(GeoPackageDataType.DOUBLE);

    private final GeoPackageDataType gpkg;

    Type(GeoPackageDataType gpkg) {
      this.gpkg = gpkg;
    }
  }

  public record Field(String name, Type type) {}

  /** The geometry a layer holds: polygons are written as multipolygons, one type per layer. */
  public enum Shape {
    MULTIPOLYGON(GeometryType.MULTIPOLYGON),
    POINT(GeometryType.POINT);

    private final GeometryType type;

    Shape(GeometryType type) {
      this.type = type;
    }
  }

  /**
   * The SRS id of a CRS without an EPSG code: the first of the range GeoPackage leaves to users.
   */
  private static final long CUSTOM_SRS = 100_000;

  /** GeoPackage's "undefined Cartesian coordinate reference system" (Requirement 11). */
  private static final long UNDEFINED_CARTESIAN = -1;

  private static final int BATCH = 2_000;

  /** GeoPackage's timestamp form (Requirement 15: ISO 8601, UTC, milliseconds). */
  private static final java.time.format.DateTimeFormatter TIMESTAMP =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  /** {@code PRAGMA user_version} of GeoPackage 1.3.x (Requirement 2). */
  private static final int VERSION_1_3 = 10300;

  private final Path file;
  private final GeoPackage gpkg;
  private final long srsId;
  private final Date written;
  private boolean stylesTable;

  /**
   * @param written the time stated as every table's last change (the run's start, so that two
   *     tables of one run do not differ by the seconds between them)
   * @throws IOException when the file exists or cannot be created, or the CRS has no WKT
   */
  public GeoPackageWriter(Path file, ResolvedCrs crs, Date written) throws IOException {
    if (Files.exists(file)) {
      throw new IOException(file + " exists: a GeoPackage is written once");
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    this.file = file;
    this.written = written;
    GeoPackageManager.create(file.toFile());
    gpkg = GeoPackageManager.open(file.toFile());
    // NGA stamps GeoPackage 1.4, which GDAL before 3.8 (and so QGIS on Debian 12) warns about on
    // every open; nothing written here goes beyond 1.3
    gpkg.getConnection().setUserVersion(VERSION_1_3);
    try {
      srsId = srs(crs);
    } catch (SQLException | FactoryException | RuntimeException e) {
      gpkg.close();
      throw new IOException(file + ": cannot record the CRS " + crs.label() + ": " + e, e);
    }
  }

  private long srs(ResolvedCrs crs) throws SQLException, FactoryException {
    if (crs.isPlanar()) {
      return UNDEFINED_CARTESIAN;
    }
    long id = crs.epsg() != null ? crs.epsg() : CUSTOM_SRS;
    SpatialReferenceSystem known = gpkg.getSpatialReferenceSystemDao().queryForId(id);
    if (known != null) {
      return id;
    }
    SpatialReferenceSystem s = new SpatialReferenceSystem();
    s.setSrsId(id);
    s.setSrsName(crs.crs().getName().getCode());
    s.setOrganization(crs.epsg() != null ? "EPSG" : "NONE");
    s.setOrganizationCoordsysId(id);
    s.setDefinition(crs.crs().toWKT());
    s.setDescription(crs.label());
    gpkg.getSpatialReferenceSystemDao().create(s);
    // the WKT round trip is what a reader gets: a definition GeoTools cannot parse is refused here
    CRS.parseWKT(s.getDefinition());
    return id;
  }

  /** A feature layer to fill with {@link Layer#add} and close. */
  public Layer features(
      String table, String title, String description, Shape shape, List<Field> fields)
      throws IOException {
    GeometryColumns g = new GeometryColumns();
    g.setTableName(table);
    g.setColumnName(Layer.GEOMETRY);
    g.setGeometryType(shape.type);
    g.setSrsId(srsId);
    g.setZ((byte) 0);
    g.setM((byte) 0);
    List<FeatureColumn> columns = new ArrayList<>();
    for (Field f : fields) {
      columns.add(FeatureColumn.createColumn(f.name(), f.type().gpkg));
    }
    try {
      gpkg.createFeatureTable(FeatureTableMetadata.create(g, Layer.ID, columns, null));
      describe(table, title, description);
    } catch (RuntimeException | SQLException e) {
      throw new IOException(file + ": cannot create layer " + table + ": " + e.getMessage(), e);
    }
    return new Layer(table, shape, fields);
  }

  /** An attribute table (no geometry), written whole. */
  public void attributes(
      String table, String title, String description, List<Field> fields, Iterable<Object[]> rows)
      throws IOException {
    List<AttributesColumn> columns = new ArrayList<>();
    for (Field f : fields) {
      columns.add(AttributesColumn.createColumn(f.name(), f.type().gpkg));
    }
    try {
      gpkg.createAttributesTable(AttributesTableMetadata.create(table, Layer.ID, columns));
      describe(table, title, description);
      try (Inserter in = new Inserter(table, fields, false)) {
        for (Object[] r : rows) {
          in.add(null, r);
        }
      }
    } catch (RuntimeException | SQLException e) {
      throw new IOException(file + ": cannot write table " + table + ": " + e.getMessage(), e);
    }
  }

  private void describe(String table, String title, String description) throws SQLException {
    Contents c = gpkg.getContentsDao().queryForId(table);
    c.setIdentifier(title);
    c.setDescription(description);
    c.setLastChange(written);
    gpkg.getContentsDao().update(c);
  }

  /**
   * A layer's style as QGIS stores it in a GeoPackage ({@code layer_styles}, the table QGIS creates
   * on "save style to database"); with {@code asDefault} QGIS applies it when the layer is opened.
   */
  public void style(String table, String name, String qml, String description, boolean asDefault)
      throws IOException {
    try {
      if (!stylesTable) {
        stylesTable();
      }
      try (PreparedStatement s =
          connection()
              .prepareStatement(
                  "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name,"
                      + " f_geometry_column, styleName, styleQML, styleSLD, useAsDefault,"
                      + " description, owner, ui, update_time)"
                      + " VALUES ('', '', ?, ?, ?, ?, '', ?, ?, '', NULL, ?)")) {
        s.setString(1, table);
        s.setString(2, Layer.GEOMETRY);
        s.setString(3, name);
        s.setString(4, qml);
        s.setBoolean(5, asDefault);
        s.setString(6, description);
        s.setString(7, TIMESTAMP.format(written.toInstant()));
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException(
          file + ": cannot store the style of " + table + ": " + e.getMessage(), e);
    }
  }

  private void stylesTable() throws SQLException {
    List<AttributesColumn> c = new ArrayList<>();
    c.add(AttributesColumn.createColumn("f_table_catalog", GeoPackageDataType.TEXT, 256L));
    c.add(AttributesColumn.createColumn("f_table_schema", GeoPackageDataType.TEXT, 256L));
    c.add(AttributesColumn.createColumn("f_table_name", GeoPackageDataType.TEXT, 256L));
    c.add(AttributesColumn.createColumn("f_geometry_column", GeoPackageDataType.TEXT, 256L));
    c.add(AttributesColumn.createColumn("styleName", GeoPackageDataType.TEXT, 30L));
    c.add(AttributesColumn.createColumn("styleQML", GeoPackageDataType.TEXT));
    c.add(AttributesColumn.createColumn("styleSLD", GeoPackageDataType.TEXT));
    c.add(AttributesColumn.createColumn("useAsDefault", GeoPackageDataType.BOOLEAN));
    c.add(AttributesColumn.createColumn("description", GeoPackageDataType.TEXT));
    c.add(AttributesColumn.createColumn("owner", GeoPackageDataType.TEXT, 30L));
    c.add(AttributesColumn.createColumn("ui", GeoPackageDataType.TEXT, 30L));
    c.add(AttributesColumn.createColumn("update_time", GeoPackageDataType.DATETIME));
    gpkg.createAttributesTable(AttributesTableMetadata.create("layer_styles", "id", c));
    describe("layer_styles", "layer_styles", "QGIS-Stile der Layer");
    stylesTable = true;
  }

  private Connection connection() {
    return gpkg.getConnection().getConnection();
  }

  /** One feature layer being filled. */
  public final class Layer implements Closeable {
    static final String ID = "fid";
    static final String GEOMETRY = "geom";

    private final String table;
    private final Shape shape;
    private final Inserter in;
    private final Envelope extent = new Envelope();
    private final WKBWriter wkb = new WKBWriter(2);

    private Layer(String table, Shape shape, List<Field> fields) throws IOException {
      this.table = table;
      this.shape = shape;
      try {
        in = new Inserter(table, fields, true);
      } catch (SQLException e) {
        throw new IOException(file + ": cannot fill layer " + table + ": " + e.getMessage(), e);
      }
    }

    /**
     * @param values one per field, in the fields' order; null for an empty cell
     */
    public void add(Geometry geometry, Object[] values) throws IOException {
      Geometry g =
          shape == Shape.MULTIPOLYGON && geometry instanceof Polygon p
              ? p.getFactory().createMultiPolygon(new Polygon[] {p})
              : geometry;
      if (shape == Shape.MULTIPOLYGON && !(g instanceof MultiPolygon)) {
        throw new IOException(table + ": a " + geometry.getGeometryType() + " in a polygon layer");
      }
      extent.expandToInclude(g.getEnvelopeInternal());
      try {
        in.add(
            GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srsId, wkb.write(g)).toBytes(),
            values);
      } catch (SQLException e) {
        throw new IOException(
            file + ": cannot write a feature of " + table + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        in.close();
        Contents c = gpkg.getContentsDao().queryForId(table);
        if (!extent.isNull()) {
          BoundingBox box =
              new BoundingBox(
                  extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
          c.setBoundingBox(box);
        }
        c.setLastChange(written);
        gpkg.getContentsDao().update(c);
      } catch (SQLException e) {
        throw new IOException(file + ": cannot close layer " + table + ": " + e.getMessage(), e);
      }
    }
  }

  /** Batched inserts of one table in one transaction. */
  private final class Inserter implements AutoCloseable {
    private final PreparedStatement insert;
    private final List<Field> fields;
    private final boolean geometry;
    private int pending;

    Inserter(String table, List<Field> fields, boolean geometry) throws SQLException {
      this.fields = fields;
      this.geometry = geometry;
      List<String> names = new ArrayList<>();
      if (geometry) {
        names.add(Layer.GEOMETRY);
      }
      fields.forEach(f -> names.add(f.name()));
      connection().setAutoCommit(false);
      insert =
          connection()
              .prepareStatement(
                  "INSERT INTO \""
                      + table
                      + "\" ("
                      + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "))
                      + ") VALUES ("
                      + names.stream().map(n -> "?").collect(Collectors.joining(", "))
                      + ")");
    }

    void add(byte[] geom, Object[] values) throws SQLException {
      if (values.length != fields.size()) {
        throw new IllegalArgumentException(
            values.length + " values for the " + fields.size() + " fields of a table");
      }
      int p = 1;
      if (geometry) {
        insert.setBytes(p++, geom);
      }
      for (int i = 0; i < values.length; i++, p++) {
        Object v = values[i];
        if (v == null || v instanceof Double d && !Double.isFinite(d)) {
          insert.setNull(p, fields.get(i).type() == Type.TEXT ? Types.VARCHAR : Types.NUMERIC);
        } else if (v instanceof Double || v instanceof Float) {
          insert.setDouble(p, ((Number) v).doubleValue());
        } else if (v instanceof Number n) {
          insert.setLong(p, n.longValue());
        } else if (v instanceof Boolean b) {
          insert.setLong(p, b ? 1 : 0);
        } else {
          insert.setString(p, v.toString());
        }
      }
      insert.addBatch();
      if (++pending == BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      if (pending > 0) {
        insert.executeBatch();
      }
      insert.close();
      connection().commit();
      connection().setAutoCommit(true);
    }
  }

  @Override
  public void close() {
    gpkg.close();
  }
}

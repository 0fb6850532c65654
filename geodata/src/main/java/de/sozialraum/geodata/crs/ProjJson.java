package de.sozialraum.geodata.crs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import javax.measure.Unit;
import org.geotools.api.parameter.GeneralParameterValue;
import org.geotools.api.parameter.ParameterValue;
import org.geotools.api.referencing.IdentifiedObject;
import org.geotools.api.referencing.ReferenceIdentifier;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.geotools.api.referencing.cs.CoordinateSystem;
import org.geotools.api.referencing.cs.CoordinateSystemAxis;
import org.geotools.api.referencing.datum.Ellipsoid;
import org.geotools.api.referencing.datum.GeodeticDatum;
import org.geotools.api.referencing.datum.PrimeMeridian;
import org.geotools.api.referencing.operation.Conversion;
import org.geotools.api.util.GenericName;
import org.geotools.metadata.iso.citation.Citations;
import org.geotools.referencing.AbstractIdentifiedObject;

/**
 * Writes a CRS as PROJJSON (the encoding GeoParquet 1.1 requires for its {@code crs} metadata),
 * because neither GeoTools nor Sedona's GeoParquet writer produce it. Names and codes are taken
 * from the EPSG aliases GeoTools keeps, so PROJ-based readers (GDAL, QGIS, pyproj) recognise
 * methods and parameters by their EPSG ids.
 */
public final class ProjJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SCHEMA = "https://proj.org/schemas/v0.7/projjson.schema.json";

  private ProjJson() {}

  public static ObjectNode of(ResolvedCrs resolved) {
    CoordinateReferenceSystem crs = resolved.crs();
    ObjectNode root;
    if (crs instanceof ProjectedCRS p) {
      root = projected(p);
    } else if (crs instanceof GeographicCRS g) {
      root = geographic(g);
    } else {
      throw new IllegalArgumentException(
          "PROJJSON is written for geographic and projected CRSs only, not "
              + crs.getClass().getSimpleName());
    }
    ObjectNode withSchema = MAPPER.createObjectNode().put("$schema", SCHEMA);
    withSchema.setAll(root);
    if (crs instanceof GeographicCRS && isLonLat(crs.getCoordinateSystem()) && isWgs84(resolved)) {
      withSchema.set("id", id("OGC", "CRS84"));
      withSchema.put("name", "WGS 84 (CRS84)");
    } else if (resolved.epsg() != null) {
      withSchema.set("id", id("EPSG", resolved.epsg()));
    }
    return withSchema;
  }

  private static boolean isWgs84(ResolvedCrs r) {
    return r.epsg() != null && r.epsg() == 4326;
  }

  private static ObjectNode projected(ProjectedCRS crs) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("type", "ProjectedCRS");
    n.put("name", crs.getName().getCode());
    n.set("base_crs", geographic(crs.getBaseCRS()));
    n.set("conversion", conversion(crs.getConversionFromBase()));
    n.set("coordinate_system", coordinateSystem("Cartesian", crs.getCoordinateSystem()));
    return n;
  }

  private static ObjectNode geographic(GeographicCRS crs) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("type", "GeographicCRS");
    n.put("name", crs.getName().getCode());
    n.set("datum", datum(crs.getDatum()));
    n.set("coordinate_system", coordinateSystem("ellipsoidal", crs.getCoordinateSystem()));
    return n;
  }

  private static ObjectNode datum(GeodeticDatum datum) {
    ObjectNode d = MAPPER.createObjectNode();
    d.put("type", "GeodeticReferenceFrame");
    Integer datumCode = epsgCode(datum);
    d.put("name", epsgName(datum).replace('_', ' '));
    if (datumCode != null) {
      d.set("id", id("EPSG", datumCode));
    }
    Ellipsoid e = datum.getEllipsoid();
    ObjectNode ell = d.putObject("ellipsoid");
    ell.put("name", epsgName(e).replace('_', ' '));
    ell.put("semi_major_axis", e.getSemiMajorAxis());
    if (e.isSphere()) {
      ell.put("semi_minor_axis", e.getSemiMinorAxis());
    } else {
      ell.put("inverse_flattening", e.getInverseFlattening());
    }
    PrimeMeridian pm = datum.getPrimeMeridian();
    if (pm.getGreenwichLongitude() != 0) {
      ObjectNode p = d.putObject("prime_meridian");
      p.put("name", pm.getName().getCode());
      p.put("longitude", pm.getGreenwichLongitude());
    }
    return d;
  }

  private static ObjectNode conversion(Conversion conversion) {
    ObjectNode c = MAPPER.createObjectNode();
    c.put("name", conversion.getName().getCode());
    ObjectNode method = c.putObject("method");
    method.put("name", epsgName(conversion.getMethod()).replace('_', ' '));
    Integer methodCode = epsgCode(conversion.getMethod());
    if (methodCode != null) {
      method.set("id", id("EPSG", methodCode));
    }
    ArrayNode params = c.putArray("parameters");
    for (GeneralParameterValue g : conversion.getParameterValues().values()) {
      if (!(g instanceof ParameterValue<?> v) || !(v.getValue() instanceof Number)) {
        continue;
      }
      String ogc = g.getDescriptor().getName().getCode();
      if (ogc.equals("semi_major") || ogc.equals("semi_minor")) {
        continue; // belong to the ellipsoid, not the conversion
      }
      ObjectNode p = params.addObject();
      p.put("name", epsgName(g.getDescriptor()).replace('_', ' '));
      p.put("value", v.doubleValue());
      p.put("unit", unitName(v.getUnit()));
      Integer code = epsgCode(g.getDescriptor());
      if (code != null) {
        p.set("id", id("EPSG", code));
      }
    }
    return c;
  }

  private static ObjectNode coordinateSystem(String subtype, CoordinateSystem cs) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("subtype", subtype);
    ArrayNode axes = n.putArray("axis");
    for (int i = 0; i < cs.getDimension(); i++) {
      CoordinateSystemAxis a = cs.getAxis(i);
      ObjectNode ax = axes.addObject();
      ax.put("name", a.getName().getCode());
      ax.put("abbreviation", a.getAbbreviation());
      ax.put("direction", a.getDirection().name().toLowerCase(Locale.ROOT));
      ax.put("unit", unitName(a.getUnit()));
    }
    return n;
  }

  private static boolean isLonLat(CoordinateSystem cs) {
    return cs.getDimension() >= 2 && cs.getAxis(0).getDirection().name().equalsIgnoreCase("EAST");
  }

  private static String unitName(Unit<?> unit) {
    if (unit == null) {
      return "unity";
    }
    String s = unit.toString();
    return switch (s) {
      case "m" -> "metre";
      case "°", "deg" -> "degree";
      case "", "one" -> "unity";
      default -> s.contains("°") || s.toLowerCase(Locale.ROOT).contains("deg") ? "degree" : s;
    };
  }

  /**
   * The name in the EPSG namespace where GeoTools knows one, the object's primary name otherwise.
   */
  private static String epsgName(IdentifiedObject o) {
    String n = AbstractIdentifiedObject.getName(o, Citations.EPSG);
    return n != null ? n : o.getName().getCode();
  }

  /**
   * The EPSG code, from the identifiers or from a numeric EPSG alias (GeoTools keeps parameter
   * codes there).
   */
  private static Integer epsgCode(IdentifiedObject o) {
    for (ReferenceIdentifier id : o.getIdentifiers()) {
      if ("EPSG".equalsIgnoreCase(id.getCodeSpace()) && id.getCode().matches("\\d+")) {
        return Integer.valueOf(id.getCode());
      }
    }
    for (GenericName alias : o.getAlias()) {
      String scope =
          alias.scope() == null || alias.scope().isGlobal() || alias.scope().name() == null
              ? ""
              : alias.scope().name().toString();
      String tip = alias.tip().toString();
      if (scope.equalsIgnoreCase("EPSG") && tip.matches("\\d+")) {
        return Integer.valueOf(tip);
      }
    }
    return null;
  }

  private static ObjectNode id(String authority, Object code) {
    ObjectNode id = MAPPER.createObjectNode().put("authority", authority);
    if (code instanceof Integer i) {
      id.put("code", i);
    } else {
      id.put("code", code.toString());
    }
    return id;
  }
}

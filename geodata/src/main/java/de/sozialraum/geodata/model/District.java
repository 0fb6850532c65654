package de.sozialraum.geodata.model;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A social space (Sozialraum) ready for analysis: checked, repaired where safe, in the working CRS.
 *
 * @param parentId the municipality (Gemeinde) it belongs to
 * @param geometry null for a district of a plain list ({@link DistrictLayer#listed})
 * @param source where it came from, e.g. "sozialraeume.geojson, feature 12"
 */
public record District(
    String id,
    String name,
    String parentId,
    String parentName,
    MultiPolygon geometry,
    String source) {}

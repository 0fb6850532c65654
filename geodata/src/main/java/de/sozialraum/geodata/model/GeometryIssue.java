package de.sozialraum.geodata.model;

/**
 * A problem with one feature: {@code rejected} ones are not used, the others (repaired geometries)
 * are used and reported.
 *
 * @param location "file, feature N" or "file, line N"
 * @param featureId the district id, where the feature had one
 */
public record GeometryIssue(String location, String featureId, String problem, boolean rejected) {}

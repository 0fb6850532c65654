package de.sozialraum.monitor.numerics.classify;

import java.io.Serializable;

/**
 * One class of a map legend: its code (1 = least disadvantaged), the label the report, GeoJSON and
 * QGIS style share, its colour, and the value interval {@code (lower, upper]} (the first class also
 * holds its lower bound).
 */
public record MapClass(int code, String label, String colour, double lower, double upper)
    implements Serializable {}

package de.sozialraum.monitor.styles;

import static de.sozialraum.monitor.schema.Columns.classOf;
import static de.sozialraum.monitor.schema.Columns.gapOf;
import static de.sozialraum.monitor.schema.Columns.hotspotOf;
import static de.sozialraum.monitor.schema.Columns.lisaClusterOf;
import static de.sozialraum.monitor.schema.Columns.phaseClassOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndexPresets;
import java.util.ArrayList;
import java.util.List;

/**
 * A map theme of one published year: a classified column's legend and the group it is shown in. The
 * QGIS project's layer tree and the atlas's theme list are both made from {@link #of}, so they name
 * and order the same themes.
 *
 * @param group one of {@link #INDEX}, {@link #PHASES}, {@link #INDICATORS}, {@link #CLUSTERS},
 *     {@link #GAPS}
 */
public record Theme(String group, ClassLegend legend) {

  public static final String INDEX = "Index";
  public static final String PHASES = "Lebensphasen";
  public static final String INDICATORS = "Indikatoren";
  public static final String CLUSTERS = "Räumliche Cluster";
  public static final String GAPS = "Lücken";

  /**
   * The year's themes: every preset's classes (the headline first), the life phases, the
   * indicators, LISA and Gi* clusters of each spatial variable, and the supply gaps; a column
   * without a legend (an indicator without values that year) is left out.
   */
  public static List<Theme> of(MonitorConfig config, Legends legends) {
    List<Theme> out = new ArrayList<>();
    List<IndexPreset> presets = IndexPresets.of(config);
    for (IndexPreset p : presets) {
      add(out, INDEX, legends.of(p.classColumn()));
    }
    for (String phase : IndexPresets.lifePhases(config, presets).keySet()) {
      add(out, PHASES, legends.of(phaseClassOf(phase)));
    }
    for (MonitorConfig.Indicator i : config.indicators()) {
      add(out, INDICATORS, legends.of(classOf(i.id())));
    }
    for (String v : IndexPresets.spatialVariables(config.spatial(), presets)) {
      add(out, CLUSTERS, legends.of(lisaClusterOf(v)));
      add(out, CLUSTERS, legends.of(hotspotOf(v)));
    }
    if (config.supply() != null) {
      for (MonitorConfig.Gap g : config.supply().gaps()) {
        add(out, GAPS, legends.of(gapOf(g.id())));
      }
    }
    return out;
  }

  /** The themes of one group, in order. */
  public static List<Theme> inGroup(List<Theme> themes, String group) {
    return themes.stream().filter(t -> t.group().equals(group)).toList();
  }

  private static void add(List<Theme> out, String group, ClassLegend legend) {
    if (legend != null) {
      out.add(new Theme(group, legend));
    }
  }
}

package de.sozialraum.monitor.index.svi;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.NamedPreset;
import de.sozialraum.monitor.index.PresetResult;
import de.sozialraum.monitor.indicators.FrameYear;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.numerics.classify.Palette;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.OutputColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDC/ATSDR SVI scheme ({@link SviIndex}): percentile ranks per indicator, per theme and
 * overall, flags at ≥ 0.90. The headline classes are the quartiles CDC maps use (0–0.25,
 * 0.2501–0.50, 0.5001–0.75, 0.7501–1).
 */
final class SviPreset extends NamedPreset {

  private static final ClassScheme QUARTILES =
      ClassScheme.coded(
          "svi_quartiles",
          List.of(
              "0 bis 0,25 (geringste Vulnerabilität)",
              "über 0,25 bis 0,50",
              "über 0,50 bis 0,75",
              "über 0,75 (höchste Vulnerabilität)"),
          Palette.sequential(4));

  private final IndicatorGroups themes;
  private final int digits;

  SviPreset(String name, IndicatorGroups themes, int digits, Indicators indicators) {
    super(name, "_overall", "_class", indicators);
    this.themes = themes;
    this.digits = digits;
  }

  @Override
  public List<OutputColumn> columns() {
    List<OutputColumn> c = new ArrayList<>();
    for (String id : themes.members()) {
      c.add(OutputColumn.number(name + "_pr_" + id, ColumnText.of("svi.pr", id)).ofCell(id));
    }
    for (String t : themes.names()) {
      c.add(
          OutputColumn.number(
                  name + "_" + t + "_sum", ColumnText.of("svi.theme_sum", t, themes.of(t)))
              .composite());
      c.add(OutputColumn.number(name + "_" + t, ColumnText.of("svi.theme", t)).composite());
      c.add(
          OutputColumn.code(name + "_" + t + "_flags", ColumnText.of("svi.theme_flags", t))
              .composite());
    }
    c.add(OutputColumn.number(name + "_sum", ColumnText.of("svi.sum")).composite());
    c.add(OutputColumn.number(headlineColumn(), ColumnText.of("svi.overall")).composite());
    c.add(OutputColumn.code(name + "_flags", ColumnText.of("svi.flags")).composite());
    c.add(OutputColumn.code(classColumn(), ColumnText.of("svi.class")).composite());
    return c;
  }

  @Override
  public ClassScheme classes() {
    return QUARTILES;
  }

  @Override
  public List<String> requires() {
    return themes.members();
  }

  @Override
  public PresetResult compute(FrameYear f) {
    List<String> members = themes.members();
    SviIndex.Result s =
        SviIndex.compute(
            f.columns(members, ""),
            indicators.signs(members),
            themes.groupOf(),
            themes.size(),
            f.valid(),
            digits);
    int[] cls = new int[f.size()];
    for (int i = 0; i < cls.length; i++) {
      double v = s.overallRank()[i];
      cls[i] = !Double.isFinite(v) ? 0 : v <= 0.25 ? 1 : v <= 0.5 ? 2 : v <= 0.75 ? 3 : 4;
    }
    PresetResult r = new PresetResult(s.overallRank(), cls);
    for (int k = 0; k < members.size(); k++) {
      r.put(name + "_pr_" + members.get(k), s.indicatorRank()[k]);
    }
    int t = 0;
    for (String theme : themes.names()) {
      r.put(name + "_" + theme + "_sum", s.themeSum()[t])
          .put(name + "_" + theme, s.themeRank()[t])
          .put(name + "_" + theme + "_flags", flags(s.themeFlags()[t]));
      t++;
    }
    return r.put(name + "_sum", s.overallSum())
        .put(headlineColumn(), s.overallRank())
        .put(name + "_flags", flags(s.flags()))
        .put(classColumn(), cls);
  }

  /**
   * Counts are published from 0 up (0 is a count here, not "no class"); a missing theme (−1) has
   * none.
   */
  private static Integer[] flags(int[] counts) {
    Integer[] out = new Integer[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = counts[i] < 0 ? null : counts[i];
    }
    return out;
  }

  @Override
  public IndexPreset restrictedTo(String newName, List<String> ids) {
    return new SviPreset(newName, IndicatorGroups.single("phase", ids), digits, indicators);
  }
}

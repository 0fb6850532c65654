package de.sozialraum.monitor.index.coi;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.NamedPreset;
import de.sozialraum.monitor.index.PooledData;
import de.sozialraum.monitor.index.PresetException;
import de.sozialraum.monitor.index.PresetResult;
import de.sozialraum.monitor.indicators.FrameYear;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.numerics.classify.Palette;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.OutputColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The COI-style weighted composite ({@link CoiIndex}), fitted on the reference year with the target
 * group's population (column {@code pop_<group>}) as weights and applied unchanged to every year,
 * so that a score and a level mean the same in 2016 and in 2024.
 */
final class CoiPreset extends NamedPreset {

  private static final ClassScheme LEVELS =
      ClassScheme.coded(
          "coi_levels",
          List.of("sehr gering", "gering", "mittel", "hoch", "sehr hoch"),
          Palette.sequential(5));

  private final IndicatorGroups domains;
  private final Map<String, Double> domainWeights;
  private final int referenceYear;
  private final String weightColumn;
  private final double minShare;
  private final CoiIndex.Model model;

  CoiPreset(
      String name,
      IndicatorGroups domains,
      Map<String, Double> domainWeights,
      int referenceYear,
      String weightColumn,
      double minShare,
      Indicators indicators,
      CoiIndex.Model model) {
    super(name, "_score", "_level", indicators);
    this.domains = domains;
    this.domainWeights = new LinkedHashMap<>(domainWeights);
    this.referenceYear = referenceYear;
    this.weightColumn = weightColumn;
    this.minShare = minShare;
    this.model = model;
  }

  @Override
  public java.util.Optional<String> aggregateWeight() {
    return java.util.Optional.of(weightColumn);
  }

  @Override
  public List<OutputColumn> columns() {
    List<OutputColumn> c = new ArrayList<>();
    for (String id : domains.members()) {
      c.add(
          OutputColumn.number(
                  name + "_z_" + id, ColumnText.of("coi.z", id, referenceYear, weightColumn))
              .ofCell(id));
    }
    for (String d : domains.names()) {
      c.add(
          OutputColumn.number(name + "_" + d, ColumnText.of("coi.domain", d, domains.of(d)))
              .composite());
    }
    c.add(OutputColumn.number(headlineColumn(), ColumnText.of("coi.score")).composite());
    c.add(
        OutputColumn.code(classColumn(), ColumnText.of("coi.class", weightColumn, referenceYear))
            .composite());
    return c;
  }

  @Override
  public ClassScheme classes() {
    return LEVELS;
  }

  /** None strictly: domains are re-weighted over the indicators present (docs/METHODS.md §1). */
  @Override
  public List<String> requires() {
    return List.of();
  }

  @Override
  public boolean fittedAcrossYears() {
    return true;
  }

  @Override
  public IndexPreset fitted(PooledData data) {
    FrameYear ref = data.year(referenceYear);
    if (ref.size() == 0 || !anyValid(ref.valid())) {
      throw new PresetException(
          "preset '" + name + "': the reference year " + referenceYear + " has no valid district");
    }
    List<String> members = domains.members();
    CoiIndex.Model m =
        CoiIndex.fit(
            ref.columns(members, ""),
            indicators.signs(members),
            ref.column(weightColumn),
            ref.valid(),
            domains.groupOf(),
            indicators.weights(members),
            domains.weights(domainWeights),
            minShare);
    return new CoiPreset(
        name, domains, domainWeights, referenceYear, weightColumn, minShare, indicators, m);
  }

  @Override
  public PresetResult compute(FrameYear f) {
    if (model == null) {
      throw new IllegalStateException("preset '" + name + "' is used before it was fitted");
    }
    List<String> members = domains.members();
    CoiIndex.Result c =
        CoiIndex.apply(
            model,
            f.columns(members, ""),
            indicators.signs(members),
            f.valid(),
            domains.groupOf(),
            indicators.weights(members),
            domains.weights(domainWeights),
            minShare);
    PresetResult r = new PresetResult(c.score(), c.level());
    for (int k = 0; k < members.size(); k++) {
      r.put(name + "_z_" + members.get(k), c.z()[k]);
    }
    int d = 0;
    for (String domain : domains.names()) {
      r.put(name + "_" + domain, c.domain()[d++]);
    }
    return r.put(headlineColumn(), c.score()).put(classColumn(), c.level());
  }

  private static boolean anyValid(boolean[] v) {
    for (boolean b : v) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  @Override
  public IndexPreset restrictedTo(String newName, List<String> ids) {
    return new CoiPreset(
        newName,
        IndicatorGroups.single("phase", ids),
        Map.of(),
        referenceYear,
        weightColumn,
        minShare,
        indicators,
        null);
  }
}

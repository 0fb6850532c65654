package de.sozialraum.monitor.index.pca;

import static de.sozialraum.monitor.schema.Columns.POPULATION;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.NamedPreset;
import de.sozialraum.monitor.index.PooledData;
import de.sozialraum.monitor.index.PresetException;
import de.sozialraum.monitor.index.PresetResult;
import de.sozialraum.monitor.indicators.FrameYear;
import de.sozialraum.monitor.numerics.Ranking;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.numerics.classify.Palette;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.OutputColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GISD-style index ({@link PcaIndex}): loadings fitted once on all valid district-years, then
 * per year the domain scores min–max scaled, summed and scaled to [0, 1], with rank-based n-tiles
 * (class n = most deprived) and deciles.
 */
final class PcaPreset extends NamedPreset {

  private final IndicatorGroups domains;
  private final Map<String, String> anchors;
  private final int ntiles;
  private final PcaIndex.Model model;

  PcaPreset(
      String name,
      IndicatorGroups domains,
      Map<String, String> anchors,
      int ntiles,
      Indicators indicators,
      PcaIndex.Model model) {
    super(name, "_score", "_ntile", indicators);
    this.domains = domains;
    this.anchors = new LinkedHashMap<>(anchors);
    this.ntiles = ntiles;
    this.model = model;
  }

  @Override
  public java.util.Optional<String> aggregateWeight() {
    return java.util.Optional.of(POPULATION);
  }

  @Override
  public List<OutputColumn> columns() {
    List<OutputColumn> c = new ArrayList<>();
    for (String d : domains.names()) {
      c.add(
          OutputColumn.number(
                  name + "_" + d, ColumnText.of("pca.domain", d, domains.of(d), anchors.get(d)))
              .composite());
      c.add(
          OutputColumn.number(name + "_" + d + "_scaled", ColumnText.of("pca.domain_scaled", d))
              .composite());
    }
    c.add(OutputColumn.number(headlineColumn(), ColumnText.of("pca.score")).composite());
    c.add(OutputColumn.code(classColumn(), ColumnText.of("pca.ntile", ntiles)).composite());
    c.add(OutputColumn.code(name + "_decile", ColumnText.of("pca.decile")).composite());
    return c;
  }

  @Override
  public ClassScheme classes() {
    List<String> labels = new ArrayList<>();
    for (int q = 1; q <= ntiles; q++) {
      labels.add(
          q == 1
              ? "1 (geringste Deprivation)"
              : q == ntiles ? ntiles + " (höchste Deprivation)" : Integer.toString(q));
    }
    return ClassScheme.coded("pca_ntiles", labels, Palette.sequential(ntiles));
  }

  @Override
  public List<String> requires() {
    return domains.members();
  }

  @Override
  public boolean fittedAcrossYears() {
    return true;
  }

  @Override
  public IndexPreset fitted(PooledData data) {
    FrameYear all = data.all();
    List<String> members = domains.members();
    boolean[] complete = all.complete(members, "");
    int rows = 0;
    for (boolean b : complete) {
      rows += b ? 1 : 0;
    }
    if (rows <= members.size()) {
      throw new PresetException(
          "preset '"
              + name
              + "': "
              + rows
              + " complete valid district-years are too few for a principal "
              + "component analysis of "
              + members.size()
              + " indicators");
    }
    int[] anchor =
        domains.names().stream().mapToInt(d -> members.indexOf(anchors.get(d))).toArray();
    PcaIndex.Model m =
        PcaIndex.fit(
            all.columns(members, ""),
            indicators.signs(members),
            complete,
            domains.groupOf(),
            anchor);
    return new PcaPreset(name, domains, anchors, ntiles, indicators, m);
  }

  @Override
  public PresetResult compute(FrameYear f) {
    if (model == null) {
      throw new IllegalStateException("preset '" + name + "' is used before it was fitted");
    }
    List<String> members = domains.members();
    boolean[] complete = f.complete(members, "");
    double[][] domain =
        PcaIndex.domainScores(model, f.columns(members, ""), indicators.signs(members), complete);
    PcaIndex.Result p = PcaIndex.scaleYear(domain, complete);
    int[] ntile = Ranking.ntiles(p.score(), ntiles);
    PresetResult r = new PresetResult(p.score(), ntile);
    int d = 0;
    for (String dn : domains.names()) {
      r.put(name + "_" + dn, p.domain()[d]).put(name + "_" + dn + "_scaled", p.domainScaled()[d]);
      d++;
    }
    return r.put(headlineColumn(), p.score())
        .put(classColumn(), ntile)
        .put(name + "_decile", Ranking.ntiles(p.score(), 10));
  }

  /**
   * The phase's first indicator that anchors a domain of the full index anchors it; otherwise its
   * first indicator.
   */
  @Override
  public IndexPreset restrictedTo(String newName, List<String> ids) {
    String anchor = ids.stream().filter(anchors::containsValue).findFirst().orElse(ids.get(0));
    return new PcaPreset(
        newName,
        IndicatorGroups.single("phase", ids),
        Map.of("phase", anchor),
        ntiles,
        indicators,
        null);
  }
}

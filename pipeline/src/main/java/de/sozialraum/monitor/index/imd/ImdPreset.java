package de.sozialraum.monitor.index.imd;

import static de.sozialraum.monitor.schema.Columns.POPULATION;

import de.sozialraum.monitor.index.DomainWeights;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.NamedPreset;
import de.sozialraum.monitor.index.PresetResult;
import de.sozialraum.monitor.indicators.FrameYear;
import de.sozialraum.monitor.numerics.Ranking;
import de.sozialraum.monitor.numerics.Standardisation;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.numerics.classify.Palette;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.OutputColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IMD-style combination ({@link ImdIndex}). A domain's score is the indicator-weighted mean of
 * its indicators' z-values (direction-aligned, over the valid districts that have all of the
 * domain's indicators); the domains are ranked, exponentially transformed and combined with the
 * configured weights; deciles are coded as the IMD publishes them, 1 = most deprived tenth.
 */
final class ImdPreset extends NamedPreset {

  private static final ClassScheme DECILES =
      ClassScheme.coded("imd_deciles", deciles(), Palette.DECILES);

  private final IndicatorGroups domains;
  private final Map<String, Double> domainWeights;
  private final Ranking.Ties ties;

  ImdPreset(
      String name,
      IndicatorGroups domains,
      Map<String, Double> domainWeights,
      Ranking.Ties ties,
      Indicators indicators) {
    super(name, "_score", "_decile", indicators);
    this.domains = domains;
    this.domainWeights = new LinkedHashMap<>(domainWeights);
    this.ties = ties;
  }

  private static List<String> deciles() {
    List<String> l = new ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      l.add(
          d == 1
              ? "1 (am stärksten benachteiligt)"
              : d == 10 ? "10 (am wenigsten benachteiligt)" : Integer.toString(d));
    }
    return l;
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
          OutputColumn.number(name + "_" + d, ColumnText.of("imd.domain", d, domains.of(d)))
              .composite());
      c.add(
          OutputColumn.number(name + "_" + d + "_exp", ColumnText.of("imd.domain_exp", d))
              .composite());
    }
    c.add(
        OutputColumn.number(
                headlineColumn(), ColumnText.of("imd.score", DomainWeights.describe(domainWeights)))
            .composite());
    c.add(OutputColumn.code(classColumn(), ColumnText.of("imd.decile")).composite());
    return c;
  }

  @Override
  public boolean firstClassMostAdverse() {
    return true;
  }

  @Override
  public ClassScheme classes() {
    return DECILES;
  }

  @Override
  public List<String> requires() {
    return domains.members();
  }

  @Override
  public PresetResult compute(FrameYear f) {
    int n = f.size();
    double[][] domain = new double[domains.size()][];
    boolean[] all = f.complete(domains.members(), "");
    int d = 0;
    for (String dn : domains.names()) {
      domain[d++] = meanZ(f, domains.of(dn));
    }
    ImdIndex.Result imd = ImdIndex.compute(domain, domains.weights(domainWeights), all, ties);
    double[] score = imd.score().clone();
    for (int i = 0; i < n; i++) {
      if (!all[i]) {
        score[i] = Double.NaN;
      }
    }
    PresetResult r = new PresetResult(score, imd.decile());
    d = 0;
    for (String domainName : domains.names()) {
      r.put(name + "_" + domainName, domain[d])
          .put(name + "_" + domainName + "_exp", imd.exponential()[d]);
      d++;
    }
    return r.put(headlineColumn(), score).put(classColumn(), imd.decile());
  }

  private double[] meanZ(FrameYear f, List<String> ids) {
    boolean[] complete = f.complete(ids, "");
    double[][] x = f.columns(ids, "");
    int[] signs = indicators.signs(ids);
    double[] w = indicators.weights(ids);
    double total = 0;
    for (double v : w) {
      total += v;
    }
    double[] out = new double[f.size()];
    for (int k = 0; k < ids.size(); k++) {
      double[] z = Standardisation.z(x[k], complete, signs[k]);
      for (int i = 0; i < out.length; i++) {
        out[i] += w[k] / total * z[i];
      }
    }
    return out;
  }

  @Override
  public IndexPreset restrictedTo(String newName, List<String> ids) {
    return new ImdPreset(newName, IndicatorGroups.single("phase", ids), Map.of(), ties, indicators);
  }
}

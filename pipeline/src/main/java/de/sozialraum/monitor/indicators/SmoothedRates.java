package de.sozialraum.monitor.indicators;

import static de.sozialraum.monitor.schema.Columns.denominatorOf;
import static de.sozialraum.monitor.schema.Columns.numeratorOf;
import static de.sozialraum.monitor.schema.Columns.smoothedOf;
import static de.sozialraum.monitor.schema.Columns.spatiallySmoothedOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Neighbourhood;
import de.sozialraum.monitor.numerics.EmpiricalBayes;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.OutputColumn;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Empirical Bayes smoothed rates beside the raw ones (docs/METHODS.md §5): per count indicator and
 * year the global Marshall estimate over the valid districts of the county, and the spatial one
 * over each district's neighbourhood (itself included) where there are neighbours, both in the
 * indicator's unit.
 */
public final class SmoothedRates implements Serializable {

  private final List<MonitorConfig.Indicator> indicators;
  private final String neighbours;
  // without neighbours (spatial.neighbours: none) a district's neighbourhood is itself alone, and
  // a "spatial" estimate would only repeat the raw rate under another name
  private final boolean spatial;

  public SmoothedRates(MonitorConfig config) {
    this.indicators =
        config.indicators().stream().filter(MonitorConfig.Indicator::isRatio).toList();
    this.neighbours = config.spatial().neighbours().toString();
    this.spatial = config.spatial().neighbours() != Neighbourhood.NONE;
  }

  public List<OutputColumn> columns() {
    List<OutputColumn> c = new java.util.ArrayList<>();
    for (MonitorConfig.Indicator i : indicators) {
      c.add(OutputColumn.number(smoothedOf(i.id()), ColumnText.of("eb", i.id())).ofCell(i.id()));
      if (!spatial) {
        continue;
      }
      c.add(
          OutputColumn.number(
                  spatiallySmoothedOf(i.id()), ColumnText.of("eb_spatial", i.id(), neighbours))
              .ofCell(i.id()));
    }
    return c;
  }

  /**
   * @param neighbours the frame's districts' neighbours as positions in the frame
   */
  public Map<String, Object[]> compute(FrameYear f, int[][] neighbours) {
    Map<String, Object[]> out = new LinkedHashMap<>();
    boolean[] valid = f.valid();
    for (MonitorConfig.Indicator i : indicators) {
      double[] e = f.column(numeratorOf(i.id()));
      double[] b = f.column(denominatorOf(i.id()));
      out.put(smoothedOf(i.id()), scaled(EmpiricalBayes.global(e, b, valid), i.scale()));
      if (!spatial) {
        continue;
      }
      out.put(
          spatiallySmoothedOf(i.id()),
          scaled(EmpiricalBayes.local(e, b, valid, neighbours), i.scale()));
    }
    return out;
  }

  private static Object[] scaled(double[] p, double scale) {
    Object[] v = new Object[p.length];
    for (int d = 0; d < p.length; d++) {
      v[d] = Double.isFinite(p[d]) ? p[d] * scale : null;
    }
    return v;
  }
}

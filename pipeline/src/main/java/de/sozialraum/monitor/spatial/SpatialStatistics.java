package de.sozialraum.monitor.spatial;

import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.geodata.neighbours.SpatialWeights;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.methods.preset.OutputColumn;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The spatial statistics of one variable in one year (METHODS.md §6): over the valid districts that have a value,
 * with the contiguity restricted to them, the global Moran's I ({@link GlobalMoran}), the LISA with its permutation
 * inference ({@link LocalMoran}) and Getis–Ord Gi* ({@link GetisOrd}). Districts outside (invalid, no value) get
 * nothing; districts whose neighbours are all outside are islands.
 */
public final class SpatialStatistics implements Serializable {

  /** The global test of one variable and year. */
  public record Global(int n, GlobalMoran.Result moran, double pseudoP) {}

  /** Per district (in the frame's order) the local results; null where the district took no part. */
  public record Local(Double[] lisaI, Double[] lisaP, String[] cluster, Double[] giStar, String[] hotspot) {}

  private final MonitorConfig.Spatial settings;

  public SpatialStatistics(MonitorConfig.Spatial settings) {
    this.settings = settings;
  }

  public static List<OutputColumn> columns(String variable) {
    return List.of(OutputColumn.number(variable + "_lisa_i", "Lokales Moran's I (LISA) von " + variable),
        OutputColumn.number(variable + "_lisa_p", "Pseudo-p der bedingten Permutation (gefaltet) des LISA von " + variable),
        OutputColumn.text(variable + "_lisa_cluster", "HH, LL, LH, HL (signifikant), not_significant oder island"),
        OutputColumn.number(variable + "_gi_star_z", "Getis-Ord Gi* als z-Wert von " + variable),
        OutputColumn.text(variable + "_hotspot", "hot, cold oder not_significant (Gi*, zweiseitig)"));
  }

  /** The districts taking part and their contiguity restricted to them. */
  private record Subset(int[] members, double[] y, SpatialWeights w) {}

  private Subset subset(double[] x, boolean[] include, int[][] neighbours) {
    int n = x.length;
    int[] pos = new int[n];
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pos[i] = -1;
      if (include[i] && Double.isFinite(x[i])) {
        pos[i] = members.size();
        members.add(i);
      }
    }
    List<TreeSet<Integer>> adj = new ArrayList<>();
    double[] y = new double[members.size()];
    for (int m = 0; m < members.size(); m++) {
      int i = members.get(m);
      y[m] = x[i];
      TreeSet<Integer> s = new TreeSet<>();
      for (int j : neighbours[i]) {
        if (pos[j] >= 0) {
          s.add(pos[j]);
        }
      }
      adj.add(s);
    }
    SpatialWeights w = new SpatialWeights(NeighbourList.of(adj), SpatialWeights.Style.valueOf(settings.weights()));
    return new Subset(members.stream().mapToInt(Integer::intValue).toArray(), y, w);
  }

  /**
   * The global test, or null with fewer than four districts or none with a neighbour.
   *
   * @param seed the run's seed combined with variable and year, so that every test has its own stream
   */
  public Global global(double[] x, boolean[] include, int[][] neighbours, long seed) {
    Subset s = subset(x, include, neighbours);
    if (s.y().length < 4 || s.w().neighbours().islands().size() == s.y().length) {
      return null;
    }
    return new Global(s.y().length, GlobalMoran.of(s.y(), s.w()), GlobalMoran.permutationP(s.y(), s.w(), settings.permutations(), seed));
  }

  /** LISA and Gi* per district of the frame; nothing where fewer than four districts take part. */
  public Local local(double[] x, boolean[] include, int[][] neighbours, long seed) {
    int n = x.length;
    Local local = new Local(new Double[n], new Double[n], new String[n], new Double[n], new String[n]);
    Subset s = subset(x, include, neighbours);
    if (s.y().length < 4) {
      return local;
    }
    LocalMoran.Result lisa = LocalMoran.of(s.y(), s.w(), settings.permutations(), seed, settings.alpha(), settings.fdr());
    double[] gi = GetisOrd.giStar(s.y(), s.w());
    String[] hot = GetisOrd.classes(gi, settings.alpha());
    for (int m = 0; m < s.members().length; m++) {
      int i = s.members()[m];
      boolean island = LocalMoran.ISLAND.equals(lisa.cluster()[m]);
      local.lisaI()[i] = finite(lisa.i()[m]);
      local.lisaP()[i] = finite(lisa.pseudoP()[m]);
      local.cluster()[i] = lisa.cluster()[m];
      local.giStar()[i] = island ? null : finite(gi[m]);
      local.hotspot()[i] = island ? LocalMoran.ISLAND : hot[m];
    }
    return local;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}

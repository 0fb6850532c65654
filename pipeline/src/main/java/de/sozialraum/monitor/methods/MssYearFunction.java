package de.sozialraum.monitor.methods;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One year of the county comparison frame: validity, z-values, the MSS status and dynamic indices with their
 * official classes and code, quintiles and ranks (county-wide and within each municipality). Spark calls it once
 * per year; the arithmetic is {@link MssIndex}, {@link Standardisation} and {@link Ranking}.
 */
public final class MssYearFunction implements FlatMapGroupsFunction<Integer, Row, Row> {

  public static final String VALID = "valid";

  private final List<String> status;
  private final int[] statusSigns;
  private final List<String> dynamic;
  private final int[] dynamicSigns;
  private final int minPopulation;
  private final List<MonitorConfig.Exclusion> exclusions;
  private final int quantiles;
  private final StructType input;
  private final StructType output;

  public MssYearFunction(MonitorConfig config, StructType input) {
    this.status = config.index().status();
    this.statusSigns = status.stream().mapToInt(id -> config.indicator(id).sign()).toArray();
    this.dynamic = config.index().dynamic();
    this.dynamicSigns = dynamic.stream().mapToInt(id -> config.indicator(id).sign()).toArray();
    this.minPopulation = config.validity().minPopulation();
    this.exclusions = config.validity().exclusions();
    this.quantiles = config.classification().quantiles();
    this.input = input;
    this.output = buildOutputSchema();
  }

  /** The input schema followed by the columns this function adds. */
  public StructType outputSchema() {
    return output;
  }

  private StructType buildOutputSchema() {
    StructType s = input.add("validity", DataTypes.StringType, false).add("validity_reason", DataTypes.StringType, true)
        .add("missing_indicators", DataTypes.StringType, true);
    for (String id : status) {
      s = s.add(id + "_z", DataTypes.DoubleType, true);
    }
    for (String id : dynamic) {
      s = s.add(id + "_change_z", DataTypes.DoubleType, true);
    }
    return s.add("mss_status_index", DataTypes.DoubleType, true).add("mss_status_class", DataTypes.IntegerType, true)
        .add("mss_status_label", DataTypes.StringType, true).add("mss_dynamic_index", DataTypes.DoubleType, true)
        .add("mss_dynamic_class", DataTypes.IntegerType, true).add("mss_dynamic_label", DataTypes.StringType, true)
        .add("mss_code", DataTypes.IntegerType, true).add("mss_status_quintile", DataTypes.IntegerType, true)
        .add("rank_county", DataTypes.IntegerType, true).add("rank_municipality", DataTypes.IntegerType, true);
  }

  @Override
  public Iterator<Row> call(Integer year, Iterator<Row> rows) {
    List<Row> in = new ArrayList<>();
    rows.forEachRemaining(in::add);
    in.sort(Comparator.comparing(r -> r.<String>getAs("district_id")));
    int n = in.size();
    String[] validity = new String[n];
    String[] reason = new String[n];
    boolean[] valid = new boolean[n];
    for (int i = 0; i < n; i++) {
      Row r = in.get(i);
      String id = r.getAs("district_id");
      MonitorConfig.Exclusion ex = exclusions.stream().filter(e -> e.district().equals(id) && e.appliesTo(year)).findFirst().orElse(null);
      Double pop = r.getAs("population");
      if (ex != null) {
        validity[i] = "excluded";
        reason[i] = ex.reason();
      } else if (pop == null) {
        validity[i] = "no_data";
        reason[i] = "no population figure for this year";
      } else if (pop < minPopulation) {
        validity[i] = "population_below_minimum";
        reason[i] = String.format(java.util.Locale.ROOT, "%d residents, below the minimum of %d", pop.longValue(), minPopulation);
      } else {
        validity[i] = VALID;
        valid[i] = true;
      }
    }
    double[][] statusValues = columns(in, status, "");
    double[][] dynamicValues = columns(in, dynamic, "_change");
    double[] statusIndex = MssIndex.index(statusValues, statusSigns, valid);
    double[] dynamicIndex = dynamic.isEmpty() ? nans(n) : MssIndex.index(dynamicValues, dynamicSigns, valid);
    double[][] statusZ = zValues(statusValues, statusSigns, statusIndex);
    double[][] dynamicZ = zValues(dynamicValues, dynamicSigns, dynamicIndex);
    int[] quintile = Ranking.ntiles(statusIndex, quantiles);
    int[] rankCounty = Ranking.ranks(statusIndex, true);
    int[] rankTown = ranksWithin(in, statusIndex);

    List<Row> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Row r = in.get(i);
      List<Object> v = new ArrayList<>(output.size());
      for (int c = 0; c < r.size(); c++) {
        v.add(r.get(c));
      }
      v.add(validity[i]);
      v.add(reason[i]);
      v.add(valid[i] ? missing(statusValues, dynamicValues, i) : null);
      for (double[] z : statusZ) {
        v.add(finite(z[i]));
      }
      for (double[] z : dynamicZ) {
        v.add(finite(z[i]));
      }
      int sc = MssIndex.statusClass(statusIndex[i]);
      int dc = MssIndex.dynamicClass(dynamicIndex[i]);
      v.add(finite(statusIndex[i]));
      v.add(sc == 0 ? null : sc);
      v.add(MssIndex.statusLabel(sc));
      v.add(finite(dynamicIndex[i]));
      v.add(dc == 0 ? null : dc);
      v.add(MssIndex.dynamicLabel(dc));
      int code = MssIndex.combinedCode(sc, dc);
      v.add(code == 0 ? null : code);
      v.add(quintile[i] == 0 ? null : quintile[i]);
      v.add(rankCounty[i] == 0 ? null : rankCounty[i]);
      v.add(rankTown[i] == 0 ? null : rankTown[i]);
      out.add(RowFactory.create(v.toArray()));
    }
    return out.iterator();
  }

  /** z-values shown to the user are those that entered the index: only for districts that have one. */
  private static double[][] zValues(double[][] values, int[] signs, double[] index) {
    double[][] z = new double[values.length][];
    boolean[] used = new boolean[index.length];
    for (int i = 0; i < index.length; i++) {
      used[i] = Double.isFinite(index[i]);
    }
    for (int k = 0; k < values.length; k++) {
      z[k] = Standardisation.z(values[k], used, signs[k]);
    }
    return z;
  }

  private int[] ranksWithin(List<Row> in, double[] index) {
    Map<String, List<Integer>> byTown = new HashMap<>();
    for (int i = 0; i < in.size(); i++) {
      String town = in.get(i).getAs("municipality_id");
      byTown.computeIfAbsent(town == null ? "" : town, t -> new ArrayList<>()).add(i);
    }
    int[] out = new int[in.size()];
    for (List<Integer> members : byTown.values()) {
      double[] sub = members.stream().mapToDouble(i -> index[i]).toArray();
      int[] r = Ranking.ranks(sub, true);
      for (int j = 0; j < members.size(); j++) {
        out[members.get(j)] = r[j];
      }
    }
    return out;
  }

  private String missing(double[][] statusValues, double[][] dynamicValues, int i) {
    List<String> m = new ArrayList<>();
    for (int k = 0; k < status.size(); k++) {
      if (!Double.isFinite(statusValues[k][i])) {
        m.add(status.get(k));
      }
    }
    for (int k = 0; k < dynamic.size(); k++) {
      if (!Double.isFinite(dynamicValues[k][i])) {
        m.add(dynamic.get(k) + "_change");
      }
    }
    return m.isEmpty() ? null : String.join(",", m);
  }

  private static double[][] columns(List<Row> rows, List<String> ids, String suffix) {
    double[][] x = new double[ids.size()][rows.size()];
    for (int k = 0; k < ids.size(); k++) {
      for (int i = 0; i < rows.size(); i++) {
        Object v = rows.get(i).getAs(ids.get(k) + suffix);
        x[k][i] = v == null ? Double.NaN : ((Number) v).doubleValue();
      }
    }
    return x;
  }

  private static double[] nans(int n) {
    double[] x = new double[n];
    java.util.Arrays.fill(x, Double.NaN);
    return x;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}

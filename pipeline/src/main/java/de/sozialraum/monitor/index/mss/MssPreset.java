package de.sozialraum.monitor.index.mss;

import static de.sozialraum.monitor.schema.Columns.changeOf;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.NamedPreset;
import de.sozialraum.monitor.index.PresetResult;
import de.sozialraum.monitor.indicators.FrameYear;
import de.sozialraum.monitor.numerics.Ranking;
import de.sozialraum.monitor.numerics.Standardisation;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.numerics.classify.Palette;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.Derivation;
import de.sozialraum.monitor.schema.OutputColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The Berlin MSS gestuftes Indexverfahren ({@link MssIndex}): status and dynamic index with the
 * official classes and combined code; the z-values shown are those that entered the index.
 */
final class MssPreset extends NamedPreset {

  private static final ClassScheme STATUS =
      ClassScheme.coded(
          "mss_status",
          List.of(
              MssIndex.statusLabel(1),
              MssIndex.statusLabel(2),
              MssIndex.statusLabel(3),
              MssIndex.statusLabel(4)),
          Palette.sequential(4));

  private final List<String> status;
  private final List<String> dynamic;

  /**
   * Indicators whose values are the delivered changes: they enter the dynamic index as they are.
   */
  private final List<String> delivered;

  MssPreset(
      String name,
      List<String> status,
      List<String> dynamic,
      List<String> delivered,
      Indicators indicators) {
    super(name, "_status_index", "_status_class", indicators);
    this.status = List.copyOf(status);
    this.dynamic = List.copyOf(dynamic);
    this.delivered = List.copyOf(delivered);
  }

  private boolean hasDynamic() {
    return !dynamic.isEmpty() || !delivered.isEmpty();
  }

  /** The dynamic index's indicators: those whose change is computed, then the delivered ones. */
  private List<String> dynamicIndicators() {
    List<String> ids = new ArrayList<>(dynamic);
    ids.addAll(delivered);
    return ids;
  }

  /** Their columns in the frame, in the same order: the computed changes, the delivered values. */
  private List<String> dynamicColumns() {
    List<String> c = new ArrayList<>();
    dynamic.forEach(d -> c.add(changeOf(d)));
    c.addAll(delivered);
    return c;
  }

  @Override
  public List<OutputColumn> columns() {
    List<OutputColumn> c = new ArrayList<>();
    for (String id : status) {
      c.add(OutputColumn.number(name + "_z_" + id, ColumnText.of("mss.z", id)).ofCell(id));
    }
    for (String id : dynamic) {
      c.add(
          OutputColumn.number(name + "_z_" + changeOf(id), ColumnText.of("mss.z_change", id))
              .derivedFrom(Derivation.cellOrEarlier(id)));
    }
    for (String id : delivered) {
      c.add(
          OutputColumn.number(name + "_z_" + id, ColumnText.of("mss.z_delivered", id)).ofCell(id));
    }
    c.add(OutputColumn.number(headlineColumn(), ColumnText.of("mss.status_index")).composite());
    c.add(OutputColumn.code(classColumn(), ColumnText.of("mss.status_class")).composite());
    if (hasDynamic()) {
      c.add(
          OutputColumn.number(name + "_dynamic_index", ColumnText.of("mss.dynamic_index"))
              .composite());
      c.add(
          OutputColumn.code(name + "_dynamic_class", ColumnText.of("mss.dynamic_class"))
              .composite());
      c.add(
          OutputColumn.text(name + "_dynamic_label", ColumnText.of("mss.dynamic_label"))
              .composite());
      c.add(OutputColumn.code(name + "_code", ColumnText.of("mss.code")).composite());
    }
    c.add(
        OutputColumn.code(name + "_status_quintile", ColumnText.of("mss.status_quintile"))
            .composite());
    return c;
  }

  @Override
  public ClassScheme classes() {
    return STATUS;
  }

  @Override
  public List<String> requires() {
    List<String> r = new ArrayList<>(status);
    r.addAll(dynamicColumns());
    return r;
  }

  @Override
  public PresetResult compute(FrameYear f) {
    boolean[] valid = f.valid();
    double[][] sv = f.columns(status, "");
    double[][] dv = f.columns(dynamicColumns(), "");
    int[] ss = indicators.signs(status);
    int[] ds = indicators.signs(dynamicIndicators());
    double[] statusIndex = MssIndex.index(sv, ss, valid);
    int n = f.size();
    int[] sc = new int[n];
    for (int i = 0; i < n; i++) {
      sc[i] = MssIndex.statusClass(statusIndex[i]);
    }
    PresetResult r = new PresetResult(statusIndex, sc);
    putZ(r, status, sv, ss, statusIndex);
    if (hasDynamic()) {
      double[] dynamicIndex = MssIndex.index(dv, ds, valid);
      putZ(r, dynamicColumns(), dv, ds, dynamicIndex);
      int[] dc = new int[n];
      String[] dl = new String[n];
      int[] code = new int[n];
      for (int i = 0; i < n; i++) {
        dc[i] = MssIndex.dynamicClass(dynamicIndex[i]);
        dl[i] = MssIndex.dynamicLabel(dc[i]);
        code[i] = MssIndex.combinedCode(sc[i], dc[i]);
      }
      r.put(name + "_dynamic_index", dynamicIndex)
          .put(name + "_dynamic_class", dc)
          .put(name + "_dynamic_label", dl)
          .put(name + "_code", code);
    }
    return r.put(headlineColumn(), statusIndex)
        .put(classColumn(), sc)
        .put(name + "_status_quintile", Ranking.ntiles(statusIndex, 5));
  }

  /**
   * z-values shown to the user are those that entered the index: only for districts that have one.
   * Each is published as {@code <preset>_z_<frame column>}.
   */
  private void putZ(
      PresetResult r, List<String> columns, double[][] values, int[] signs, double[] index) {
    boolean[] used = new boolean[index.length];
    for (int i = 0; i < index.length; i++) {
      used[i] = Double.isFinite(index[i]);
    }
    for (int k = 0; k < columns.size(); k++) {
      r.put(name + "_z_" + columns.get(k), Standardisation.z(values[k], used, signs[k]));
    }
  }

  @Override
  public IndexPreset restrictedTo(String newName, List<String> ids) {
    return new MssPreset(newName, ids, List.of(), List.of(), indicators);
  }
}

package de.sozialraum.monitor.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.spark.LocalSpark;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WithholdTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[1]", 1);

  @Test
  void aNumericColumnWithoutADeclaredDerivationIsNotPublished() {
    StructType schema =
        new StructType()
            .add("district_id", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("kinderarmut", DataTypes.DoubleType)
            .add("new_preset_score", DataTypes.DoubleType)
            .add("new_preset_label", DataTypes.StringType);
    Dataset<Row> table =
        SPARK
            .session()
            .createDataFrame(List.of(RowFactory.create("a", 2020, 12.5, 0.3, "x")), schema);
    DeclaredColumns declared =
        new DeclaredColumns()
            .add(
                List.of(
                    OutputColumn.text("district_id", null).independent("key"),
                    OutputColumn.code("year", null).independent("key"),
                    OutputColumn.number("kinderarmut", null).ofCell("kinderarmut"),
                    OutputColumn.number(
                        "new_preset_score", "a column its preset forgot to declare")));
    // text columns carry no value a count could be solved from; numbers and flags do
    assertThat(declared.undeclared(schema)).containsExactly("new_preset_score");
    assertThatThrownBy(
            () ->
                new Withhold(SPARK.session(), null, null)
                    .apply(new Withhold.Input(table, null, null, Set.of(), declared)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[new_preset_score]");
  }

  @Test
  void aWithheldMoransIKeepsItsKeyAndSaysWhy() throws Exception {
    // kinderarmut {1, 5, 7} in one municipality: 1 < 3 is withheld, and a partner with it
    // (SuppressionPlanTest); I over the three would give the 1 back, an index's I would not
    SuppressionPlan plan =
        new SuppressionPlan(
            new String[] {"a", "b", "c"},
            new String[] {"m", "m", "m"},
            List.of("kinderarmut"),
            List.of(),
            3,
            10);
    plan.planYear(
        2024, new long[][] {{1, 5, 7}}, new double[][] {{40, 50, 60}}, new boolean[1][3], null);
    long withheld =
        java.util.stream.Stream.of("a", "b", "c")
            .filter(d -> plan.flag(d, 2024, "kinderarmut") != null)
            .count();
    assertThat(withheld).isEqualTo(2);
    StructType schema = de.sozialraum.monitor.spatial.SpatialStatisticsJob.GLOBAL_SCHEMA;
    Object[] kinder = {
      2024, "kinderarmut", 3, 0.4, -0.5, 0.1, 2.8, 0.003, 0.1, 2.8, 0.003, 0.006, 0.01, 99, null
    };
    Object[] index = {
      2024, "mss_status_index", 3, 0.2, -0.5, 0.1, 2.2, 0.01, 0.1, 2.2, 0.01, 0.02, 0.03, 99, null
    };
    Dataset<Row> moran =
        SPARK
            .session()
            .createDataFrame(List.of(RowFactory.create(kinder), RowFactory.create(index)), schema);
    de.sozialraum.monitor.config.MonitorConfig sample =
        de.sozialraum.monitor.config.ConfigLoader.load(
            de.sozialraum.monitor.RepoPaths.of("config/sample.yaml"));
    List<Row> out =
        Disclosure.withholdSpatial(SPARK.session(), moran, plan, sample)
            .orderBy("variable")
            .collectAsList();
    Row k = out.get(0);
    assertThat(k.getString(1)).isEqualTo("kinderarmut");
    for (String blank : List.of("n", "moran_i", "z_randomisation", "pseudo_p")) {
      assertThat(k.isNullAt(k.fieldIndex(blank))).as(blank).isTrue();
    }
    assertThat(k.getInt(k.fieldIndex("permutations"))).isEqualTo(99);
    assertThat(k.getString(k.fieldIndex("withheld")))
        .startsWith("2 Werte von kinderarmut in 2024 gesperrt (Geheimhaltung kleiner Fallzahlen)");
    Row i = out.get(1);
    assertThat(i.getDouble(i.fieldIndex("moran_i"))).isEqualTo(0.2);
    assertThat(i.isNullAt(i.fieldIndex("withheld"))).isTrue();
  }

  @Test
  void aColumnDeclaredTwiceIsABug() {
    assertThatThrownBy(
            () ->
                new DeclaredColumns()
                    .add(
                        List.of(
                            OutputColumn.number("x", null).composite(),
                            OutputColumn.number("x", null).composite())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x");
  }
}

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
                new Withhold(SPARK.session(), null)
                    .apply(new Withhold.Input(table, null, null, Set.of(), declared)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[new_preset_score]");
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

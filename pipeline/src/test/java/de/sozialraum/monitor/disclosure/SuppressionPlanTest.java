package de.sozialraum.monitor.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

class SuppressionPlanTest {

  /** One municipality, three districts; the total "kinder" splits into "jungen" and "maedchen". */
  private static SuppressionPlan plannedCounty() {
    SuppressionPlan plan =
        new SuppressionPlan(
            new String[] {"a", "b", "c"},
            new String[] {"m", "m", "m"},
            List.of("kinder", "jungen", "maedchen"),
            List.of(List.of("kinder", "jungen", "maedchen")),
            3,
            10);
    long[][] numerators = {{1, 5, 7}, {0, 2, 4}, {1, 3, 3}};
    double[][] denominators = {{40, 50, 60}, {20, 25, 30}, {20, 25, 30}};
    plan.planYear(2024, numerators, denominators, new boolean[3][3], null);
    return plan;
  }

  @Test
  void aCountBelowKIsWithheldAndItsSmallestPublishedPartnerWithIt() {
    // kinder {1, 5, 7}: 1 < 3 is primary; with "a" alone withheld the municipality total 13 − 5 − 7
    // gives it away,
    // so the smallest positive count beside it ("b", 5) is withheld as well
    // (SecondarySuppressionTest).
    SuppressionPlan plan = plannedCounty();
    assertThat(plan.flag("a", 2024, "kinder")).isEqualTo(SuppressionPlan.PRIMARY);
    assertThat(plan.flag("b", 2024, "kinder")).isNotNull();
    assertThat(plan.flag("a", 2023, "kinder")).as("a year without plan").isNull();
  }

  @Test
  void thePlanSurvivesKryoAsExecutorsReceiveItsBroadcast() {
    // executors of a cluster rebuild broadcasts with Kryo; immutable lists inside the plan failed
    // there only
    SparkConf conf =
        new SparkConf()
            .set("spark.kryo.registrator", "org.apache.sedona.core.serde.SedonaKryoRegistrator");
    SerializerInstance kryo = new KryoSerializer(conf).newInstance();
    SuppressionPlan plan = plannedCounty();
    ByteBuffer bytes = kryo.serialize(plan, ClassTag$.MODULE$.apply(SuppressionPlan.class));
    SuppressionPlan copy = kryo.deserialize(bytes, ClassTag$.MODULE$.apply(SuppressionPlan.class));
    for (String district : List.of("a", "b", "c")) {
      for (String indicator : List.of("kinder", "jungen", "maedchen")) {
        assertThat(copy.flag(district, 2024, indicator))
            .as(district + " " + indicator)
            .isEqualTo(plan.flag(district, 2024, indicator));
      }
    }
    assertThat(copy.totalFlag("m", 2024, "kinder")).isEqualTo(plan.totalFlag("m", 2024, "kinder"));
    assertThat(copy.anyWithheld(2024, "jungen")).isEqualTo(plan.anyWithheld(2024, "jungen"));
  }
}

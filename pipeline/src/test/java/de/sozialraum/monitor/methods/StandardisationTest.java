package de.sozialraum.monitor.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardisationTest {

  @Test
  void usesPopulationStandardDeviation() {
    // {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, population SD exactly 2 (sample SD would be 2.138)
    var m = Standardisation.moments(new double[] {2, 4, 4, 4, 5, 5, 7, 9}, new boolean[] {true, true, true, true, true, true, true, true});
    assertThat(m.mean()).isEqualTo(5.0);
    assertThat(m.sd()).isEqualTo(2.0);
  }

  @Test
  void constantIndicatorYieldsNoZInsteadOfInfinity() {
    double[] z = Standardisation.z(new double[] {3, 3, 3}, new boolean[] {true, true, true}, 1);
    assertThat(z).containsOnly(Double.NaN);
  }

  @Test
  void excludedAndMissingValuesAreLeftOut() {
    double[] z = Standardisation.z(new double[] {1, 3, Double.NaN, 100}, new boolean[] {true, true, true, false}, 1);
    assertThat(z[0]).isCloseTo(-1, within(1e-15));
    assertThat(z[1]).isCloseTo(1, within(1e-15));
    assertThat(z[2]).isNaN();
    assertThat(z[3]).isNaN();
  }
}

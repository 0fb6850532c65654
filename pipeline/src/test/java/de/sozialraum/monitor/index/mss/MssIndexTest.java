package de.sozialraum.monitor.index.mss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MssIndexTest {

  /*
   * Hand calculation (population SD, divide by n):
   *   x1 = 1 2 3 4   mean 2.5  sd sqrt(5/4)  = 1.118034  z1 = −1.341641 −0.447214 0.447214 1.341641
   *   x2 = 2 2 4 8   mean 4    sd sqrt(24/4) = 2.449490  z2 = −0.816497 −0.816497 0        1.632993
   *   sum            = −2.158137 −1.263710 0.447214 2.974634   mean 0   sd 1.955950
   *   index = sum / 1.955950 = −1.103370 −0.646085 0.228643 1.520813
   * District 5 is invalid (population below the minimum): it takes no part in any mean or SD.
   */
  @Test
  void statusIndexIsTheZOfTheSumOfZValuesOverValidDistrictsOnly() {
    double[][] x = {{1, 2, 3, 4, 1000}, {2, 2, 4, 8, 1000}};
    boolean[] valid = {true, true, true, true, false};
    double[] index = MssIndex.index(x, new int[] {1, 1}, valid);
    assertThat(index[0]).isCloseTo(-1.1033702072128577, within(1e-12));
    assertThat(index[1]).isCloseTo(-0.6460849898929278, within(1e-12));
    assertThat(index[2]).isCloseTo(0.22864260865996497, within(1e-12));
    assertThat(index[3]).isCloseTo(1.5208125884458208, within(1e-12));
    assertThat(index[4]).isNaN();
  }

  @Test
  void higherIsBetterIndicatorIsTurnedBeforeSumming() {
    // Mirroring x2 around its mean and declaring it higher_is_better must give the same index as
    // above.
    double[][] x = {{1, 2, 3, 4}, {6, 6, 4, 0}};
    double[] index = MssIndex.index(x, new int[] {1, -1}, new boolean[] {true, true, true, true});
    assertThat(index[3]).isCloseTo(1.5208125884458208, within(1e-12));
  }

  @Test
  void districtMissingAnIndicatorGetsNoIndexAndDoesNotShiftTheOthers() {
    double[][] x = {{1, 2, 3, 4, 7}, {2, 2, 4, 8, Double.NaN}};
    double[] index =
        MssIndex.index(x, new int[] {1, 1}, new boolean[] {true, true, true, true, true});
    assertThat(index[4]).isNaN();
    assertThat(index[0]).isCloseTo(-1.1033702072128577, within(1e-12));
  }

  @Test
  void classBoundariesFollowTheOfficialCoding() {
    assertThat(MssIndex.statusClass(-1.0001)).isEqualTo(1);
    assertThat(MssIndex.statusClass(-1.0)).isEqualTo(2);
    assertThat(MssIndex.statusClass(1.0)).isEqualTo(2);
    assertThat(MssIndex.statusClass(1.0001)).isEqualTo(3);
    assertThat(MssIndex.statusClass(1.5)).isEqualTo(3);
    assertThat(MssIndex.statusClass(1.5001)).isEqualTo(4);
    assertThat(MssIndex.dynamicClass(-1.0001)).isEqualTo(1);
    assertThat(MssIndex.dynamicClass(1.0)).isEqualTo(3);
    assertThat(MssIndex.dynamicClass(1.0001)).isEqualTo(5);
    assertThat(MssIndex.combinedCode(2, 5)).isEqualTo(25);
    assertThat(MssIndex.combinedCode(2, 0)).isZero();
    assertThat(MssIndex.statusClass(Double.NaN)).isZero();
  }
}

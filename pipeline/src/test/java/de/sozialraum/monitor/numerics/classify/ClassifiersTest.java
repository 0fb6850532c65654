package de.sozialraum.monitor.numerics.classify;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.RReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifiersTest {

  private static final double[] X = {2, 4, 4, 6, 8, 10, 12, 14, 16, 30};

  @Test
  void equalIntervalSplitsTheRangeIntoEqualWidths() {
    // range 2…30 in 4 classes of width 7: upper bounds 9, 16, 23, 30
    ClassScheme s = Classifiers.equalInterval(X, 4, 0);
    assertThat(s.classes())
        .extracting(MapClass::upper)
        .containsExactly(9.0, 16.0, 23.0, Double.POSITIVE_INFINITY);
    assertThat(s.classify(X)).containsExactly(1, 1, 1, 1, 1, 2, 2, 2, 2, 4);
  }

  @Test
  void quantilesKeepTiesTogetherAndUseEachClassesLargestValue() {
    // ranks 1,2,2,4,…,10; quintile = floor((rank−1)·5/10)+1 → 1,1,1,2,3,3,4,4,5,5
    ClassScheme s = Classifiers.quantiles(X, 5, 0);
    assertThat(s.classify(X)).containsExactly(1, 1, 1, 2, 3, 3, 4, 4, 5, 5);
    assertThat(s.classes())
        .extracting(MapClass::upper)
        .containsExactly(4.0, 6.0, 10.0, 14.0, Double.POSITIVE_INFINITY);
  }

  @Test
  void sdBandsSitAtMeanPlusMultiplesOfThePopulationSd() {
    // mean 10.6; population variance = Σx²/n − mean² = 1732/10 − 112.36 = 60.84, SD 7.8: bands at
    // 2.8 and 18.4
    ClassScheme s = Classifiers.sdBands(X, new double[] {-1, 1}, 1);
    double sd = 7.8;
    assertThat(s.classes().get(0).upper())
        .isEqualTo(10.6 - sd, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(s.classes().get(1).upper())
        .isEqualTo(10.6 + sd, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(s.classify(X)).containsExactly(1, 2, 2, 2, 2, 2, 2, 2, 2, 3);
  }

  @Test
  void fixedThresholdsAreRightClosedAndLabelledInGerman() {
    ClassScheme s = Classifiers.fixed(X, new double[] {5, 15.5}, 1);
    assertThat(s.classify(X)).containsExactly(1, 1, 1, 2, 2, 2, 2, 2, 3, 3);
    assertThat(s.classes())
        .extracting(MapClass::label)
        .containsExactly("bis 5,0", "über 5,0 bis 15,5", "über 15,5");
    assertThat(s.classes())
        .extracting(MapClass::colour)
        .containsExactly("#ffeda0", "#feb24c", "#f03b20");
  }

  @Test
  void missingValuesGetNoClass() {
    assertThat(Classifiers.quantiles(X, 5, 0).classify(Double.NaN)).isZero();
  }

  @Test
  void equalIntervalAgreesWithRClassInt() throws Exception {
    RReference.assumeInstalled("classInt");
    List<String> r =
        RReference.run(
            "suppressMessages(library(classInt)); x <- "
                + RReference.vector(X)
                + "; ci <- classIntervals(x, n = 4, style = 'equal', intervalClosure = 'right'); cat(findCols(ci), sep = '\\n')");
    assertThat(Classifiers.equalInterval(X, 4, 0).classify(X))
        .containsExactly(r.stream().mapToInt(Integer::parseInt).toArray());
  }
}

package de.sozialraum.monitor.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  private static double truncatedDecimal(double v, int k) {
    return new BigDecimal(Double.toString(v)).setScale(k, RoundingMode.DOWN).doubleValue();
  }

  private static double roundedDecimal(double v, int k) {
    return BigDecimal.valueOf(v).setScale(k, RoundingMode.HALF_UP).doubleValue();
  }

  private static void sameAsDecimal(double v, int k) {
    assertThat(Decimals.truncate(v, k))
        .as("truncate(%s, %d)", v, k)
        .isEqualTo(truncatedDecimal(v, k));
    assertThat(Decimals.roundHalfUp(v, k))
        .as("roundHalfUp(%s, %d)", v, k)
        .isEqualTo(roundedDecimal(v, k));
  }

  @Test
  void truncatesTheDecimalADoublePrintsAsNotItsBinaryValue() {
    // 0.29 is stored as 0.28999999999999998002…; a spreadsheet truncates the 0.29 it shows
    assertThat(Decimals.truncate(0.29, 2)).isEqualTo(0.29);
    assertThat(Decimals.truncate(0.29, 4)).isEqualTo(0.29);
    // 2/3 prints as 0.6666666666666666
    assertThat(Decimals.truncate(2.0 / 3, 4)).isEqualTo(0.6666);
    assertThat(Decimals.truncate(-2.0 / 3, 4)).isEqualTo(-0.6666);
  }

  @Test
  void roundsHalfWayDecimalsAwayFromZero() {
    // 0.00005 and 1.00005 print as themselves, half-way between two 4-digit decimals
    assertThat(Decimals.roundHalfUp(0.00005, 4)).isEqualTo(0.0001);
    assertThat(Decimals.roundHalfUp(1.00005, 4)).isEqualTo(1.0001);
    assertThat(Decimals.roundHalfUp(-1.00005, 4)).isEqualTo(-1.0001);
    assertThat(Decimals.roundHalfUp(1.00004999, 4)).isEqualTo(1.0);
  }

  @Test
  void givesNoNegativeZeroAsADecimalHasNone() {
    assertThat(Decimals.truncate(-0.00001, 4)).isEqualTo(0.0).isNotNegative();
    assertThat(Double.doubleToRawLongBits(Decimals.truncate(-0.0, 4))).isZero();
    assertThat(Double.doubleToRawLongBits(Decimals.roundHalfUp(-0.00001, 4))).isZero();
  }

  @Test
  void keepsWhatIsNotFinite() {
    assertThat(Decimals.truncate(Double.NaN, 4)).isNaN();
    assertThat(Decimals.roundHalfUp(Double.POSITIVE_INFINITY, 4)).isInfinite();
  }

  @Test
  void equalsTheDecimalRouteOnEveryPercentRankOfUpToAThousandDistricts() {
    // the SVI's ranks are (r − 1)/(n − 1); its theme sums add up to five such truncated ranks
    SplittableRandom random = new SplittableRandom(20261201L);
    for (int n = 2; n <= 1000; n++) {
      for (int r = 1; r <= n; r++) {
        double rank = (r - 1) / (double) (n - 1);
        sameAsDecimal(rank, 4);
        double t = Decimals.truncate(rank, 4);
        double sum = t + Decimals.truncate(random.nextInt(n) / (double) (n - 1), 4);
        sameAsDecimal(sum, 4);
        sameAsDecimal(sum + t + t, 4);
      }
    }
  }

  @Test
  void equalsTheDecimalRouteOnRanksOfAMillionDistrictsAndOnRandomValues() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int i = 0; i < 500_000; i++) {
      int n = 2 + random.nextInt(5_000_000);
      sameAsDecimal(random.nextInt(n) / (double) (n - 1), 4);
      double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-6, 12));
      int k = random.nextInt(0, 9);
      sameAsDecimal(v, k);
      // decimals of k + 1 digits, the half-way cases among them
      double d = Math.round(v * Math.pow(10, k + 1)) / Math.pow(10, k + 1);
      sameAsDecimal(d, k);
    }
  }
}

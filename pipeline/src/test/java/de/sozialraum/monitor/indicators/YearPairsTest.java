package de.sozialraum.monitor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.config.YearStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which year each published year is compared with, for 1984, 1993, 1995 and 1997. */
class YearPairsTest {

  private static final List<Integer> PUBLISHED = List.of(1984, 1993, 1995, 1997);

  @Test
  void kYearsBackComparesOnlyWithAPublishedYearExactlyKBefore() {
    YearPairs two = new YearPairs(new YearStep(2), PUBLISHED);
    assertThat(two.earlier(1984)).isNull();
    // 1991 was not published: 1993 has nothing to compare with
    assertThat(two.earlier(1993)).isNull();
    assertThat(two.earlier(1995)).isEqualTo(1993);
    assertThat(two.labels()).containsExactly("1993-1995", "1995-1997");
  }

  @Test
  void previousComparesWithThePublishedYearBeforeWhateverTheGap() {
    YearPairs previous = new YearPairs(YearStep.of(YearStep.PREVIOUS), PUBLISHED);
    assertThat(previous.earlier(1984)).isNull();
    assertThat(previous.earlier(1993)).isEqualTo(1984);
    assertThat(previous.earlier(1997)).isEqualTo(1995);
    assertThat(previous.labels()).containsExactly("1984-1993", "1993-1995", "1995-1997");
    assertThat(previous.step()).hasToString("previous");
  }
}

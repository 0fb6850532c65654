package de.sozialraum.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" offers a near name and nothing when no known name is near. */
class SuggestionsTest {

  private static final List<String> KEYS = List.of("title", "years", "geometry", "tables");

  @Test
  void aSwappedPairInALongerNameIsTwoEditsAndStillFound() {
    assertThat(Suggestions.nearest("titel", KEYS)).contains("title");
  }

  @Test
  void caseDoesNotCount() {
    assertThat(Suggestions.nearest("Geometry", KEYS)).contains("geometry");
  }

  @Test
  void aShortNameMayDifferByOneEditOnly() {
    // "elb" → "elbb" is one edit; "ew" → "elb" would be two and is not offered
    assertThat(Suggestions.nearest("elbb", List.of("elb", "ew"))).contains("elb");
    assertThat(Suggestions.nearest("ew", List.of("elb"))).isEmpty();
  }

  @Test
  void nothingNearGivesNoHint() {
    assertThat(Suggestions.hint("colour", KEYS)).isEmpty();
    assertThat(Suggestions.hint("tabels", KEYS)).isEqualTo("; did you mean 'tables'?");
  }
}

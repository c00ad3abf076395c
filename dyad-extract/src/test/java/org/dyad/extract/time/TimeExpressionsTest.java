package org.dyad.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DatePrecision;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {
  private final TimeExpressions times = TimeExpressions.standard();

  private List<String> found(String text) {
    return times.find(text).stream().map(m -> text.substring(m.begin(), m.end()) + "=" + m.kind()).toList();
  }

  @Test
  void aYearOrMonthOpeningTheSentenceIsFoundAsInMidSentence() {
    assertEquals(List.of("in 2014=YEAR"), found("Russia annexed Crimea from Ukraine in 2014."));
    assertEquals(List.of("In 2014=YEAR"), found("In 2014, Russia annexed Crimea from Ukraine."));
    assertEquals(List.of("Since 1991=YEAR"), found("Since 1991, the two states have held talks every year."));
    String march = "In March, the envoy returned to Kabul.";
    assertEquals(List.of("In March"), times.find(march).stream().map(m -> march.substring(m.begin(), m.end())).toList());
  }

  @Test
  void yearsCountedBackInWordsAreFound() {
    assertEquals(List.of("Thirty years ago=RELATIVE_YEAR"), found("Thirty years ago, Iraq invaded Kuwait."));
    assertEquals(-30, times.find("Thirty years ago, Iraq invaded Kuwait.").get(0).shift());
    assertEquals(List.of("a hundred years ago=RELATIVE_YEAR"), found("The border was drawn a hundred years ago."));
  }

  @Test
  void aBareNumberIsNoYear() {
    assertEquals(List.of(), found("Some 2014 soldiers crossed the border."));
    assertEquals(List.of(), found("In 2014-15 budget talks the ministers agreed."));
  }

  @Test
  void aYearResolvesToTheYearWhateverTheReference() {
    TimeMention m = times.find("In 1979, the Soviet Union invaded Afghanistan.").get(0);
    ResolvedTime r = TimeExpressions.resolve(m, LocalDate.of(2021, 4, 7), false);
    assertEquals(LocalDate.of(1979, 1, 1), r.date());
    assertEquals(DatePrecision.YEAR, r.precision());
  }
}

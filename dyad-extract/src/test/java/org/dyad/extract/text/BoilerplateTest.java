package org.dyad.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines told as page chrome by their shape, and lines of articles that are not. */
class BoilerplateTest {
  @Test
  void promptsOfAnyLength() {
    assertTrue(Boilerplate.isPrompt("Never miss a story from the valley: sign up to our free morning newsletter today and"
        + " get the news in your inbox before breakfast."));
    assertTrue(Boilerplate.isPrompt("Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten."));
    assertTrue(Boilerplate.isPrompt("We rely on your support to keep our reporting free for everyone in the city."));
    assertFalse(Boilerplate.isPrompt("The minister said she would never miss a chance to talk to her neighbours."));
    assertFalse(Boilerplate.isPrompt("Never before had the ministry published its figures so early in the year."));
  }

  @Test
  void readingTimesAndLabels() {
    assertTrue(Boilerplate.isChromeLine("5 min read"));
    assertTrue(Boilerplate.isChromeLine("12 minut czytania"));
    assertTrue(Boilerplate.isChromeLine("Lesezeit: 4 Minuten"));
    assertTrue(Boilerplate.isChromeLine("Kontakt:"));
    assertFalse(Boilerplate.isChromeLine("5 minutes read like an hour when the sirens started."));
    assertFalse(Boilerplate.isChromeLine("Kontaktbeschränkungen gelten weiter bis Ende des Monats."));
  }
}

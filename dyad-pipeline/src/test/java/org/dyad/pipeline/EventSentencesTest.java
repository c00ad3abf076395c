package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;
import org.dyad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parse prefilter: only sentences that can hold an event are parsed, and the events coded are
 * exactly those coded when every sentence is parsed.
 */
class EventSentencesTest {
  private static final Path SEED = Path.of("../examples/corpus/global-village-space-pak-russia.txt");
  private static final EventSentences FILTER = EventSentences.standard();
  private static Pipeline filtered;
  private static Pipeline everything;

  @BeforeAll
  static void load() {
    filtered = new Pipeline();
    everything = Pipeline.parsingEverySentence();
  }

  private static Token t(int i, String word, String lemma, String tag) {
    return new Token(i, word, lemma, tag, i * 10, i * 10 + word.length());
  }

  @Test
  void wantsATriggerAndAnActor() {
    assertTrue(FILTER.wantsParse(List.of(t(0, "Russia", "Russia", "NNP"), t(1, "condemned", "condemn", "VBD"),
        t(2, "the", "the", "DT"), t(3, "attack", "attack", "NN"))));
    assertTrue(FILTER.wantsParse(List.of(t(0, "Troops", "troops", "NNS"), t(1, "condemned", "condemn", "VBD"),
        t(2, "it", "it", "PRP"))), "a pronoun may refer back to an actor");
  }

  @Test
  void passesOverSentencesWithoutATrigger() {
    assertFalse(FILTER.wantsParse(List.of(t(0, "Russia", "Russia", "NNP"), t(1, "is", "be", "VBZ"),
        t(2, "large", "large", "JJ"))));
  }

  @Test
  void passesOverSentencesWithoutAnyActorWord() {
    assertFalse(FILTER.wantsParse(List.of(t(0, "The", "the", "DT"), t(1, "weather", "weather", "NN"),
        t(2, "condemned", "condemn", "VBD"), t(3, "the", "the", "DT"), t(4, "picnic", "picnic", "NN"))));
  }

  @Test
  void requiresAPatternsRequiredWordsSomewhereInTheSentence() {
    // "express +concern": "expressed" alone, without "concern", triggers nothing
    boolean withoutObject = FILTER.wantsParse(List.of(t(0, "Pakistan", "Pakistan", "NNP"),
        t(1, "expressed", "express", "VBD"), t(2, "joy", "joy", "NN")));
    boolean withObject = FILTER.wantsParse(List.of(t(0, "Pakistan", "Pakistan", "NNP"),
        t(1, "expressed", "express", "VBD"), t(2, "concern", "concern", "NN")));
    assertTrue(withObject);
    assertFalse(withoutObject);
  }

  @Test
  void codesTheSeedExactlyAsWhenEverySentenceIsParsed() throws Exception {
    RawDocument doc = new RawDocument(SEED.toString(), null, Files.readAllBytes(SEED), "text/plain", null);
    var article = filtered.extract(doc);
    AnnotatedArticle some = filtered.annotate(article);
    AnnotatedArticle all = everything.annotate(article);
    long parsed = some.sentences().stream().filter(s -> !s.dependencies().isEmpty()).count();
    assertEquals(all.sentences().size(), some.sentences().size());
    assertTrue(parsed < some.sentences().size(), "some sentences are passed over: " + parsed);
    for (int i = 0; i < all.sentences().size(); i++) {
      AnnotatedSentence a = all.sentences().get(i);
      AnnotatedSentence s = some.sentences().get(i);
      assertEquals(a.tokens(), s.tokens());
      if (!s.dependencies().isEmpty()) {
        assertEquals(a.dependencies(), s.dependencies(), "a parsed sentence gets the full parse: " + s.text());
      }
    }
    List<Event> fast = filtered.code(some, null);
    List<Event> slow = everything.code(all, null);
    assertTrue(slow.size() >= 10, "the seed codes to many events");
    assertEquals(slow, fast);
  }

  @Test
  void codesAGivenDate() throws Exception {
    RawDocument doc = new RawDocument("x.txt", null,
        "Russian Foreign Minister Sergey Lavrov met Pakistani Prime Minister Imran Khan in Islamabad on Wednesday.\n"
            .getBytes(StandardCharsets.UTF_8), "text/plain", null);
    List<Event> events = filtered.code(doc, LocalDate.of(2021, 4, 8)).events();
    assertFalse(events.isEmpty());
    assertEquals(LocalDate.of(2021, 4, 7), events.get(0).date());
  }
}

package org.dyad.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Word;
import org.dyad.coder.pattern.EventPattern;
import org.dyad.coder.pattern.PatternBook;
import org.dyad.model.Token;
import org.dyad.nlp.ParseFilter;

/**
 * The sentences that can hold an event, judged from tags and lemmas before any parse: one with
 * a trigger candidate (a word some pattern is triggered by, of the pattern's part of speech, with
 * the pattern's particles and required words somewhere in the sentence) and a word that may name
 * an actor (a proper noun, a pronoun, a capitalised adjective such as "Russian", or a noun the
 * actor resolver knows, such as "troops" or "government"). Every test is looser than the coder's
 * own, which looks for the same things attached in the parse, so a sentence it passes over could
 * not have been coded.
 */
public final class EventSentences implements ParseFilter {
  private final PatternBook patterns;
  private final ActorResolver resolver;

  /** A filter for the coder over {@code patterns} and {@code resolver}. */
  public EventSentences(PatternBook patterns, ActorResolver resolver) {
    this.patterns = patterns;
    this.resolver = resolver;
  }

  /** The filter for the bundled patterns and actors. */
  public static EventSentences standard() {
    return new EventSentences(PatternBook.standard(), ActorResolver.standard());
  }

  @Override
  public boolean wantsParse(List<Token> tokens) {
    Set<String> lemmas = new HashSet<>(tokens.size() * 2);
    for (Token t : tokens) {
      if (t.tag() == null) {
        return true; // untagged: nothing to judge by, so the parse decides
      }
      lemmas.add(lemma(t));
    }
    return hasTrigger(tokens, lemmas) && hasActorWord(tokens);
  }

  private boolean hasTrigger(List<Token> tokens, Set<String> lemmas) {
    for (Token t : tokens) {
      for (EventPattern p : patterns.forLemma(lemma(t))) {
        if (fits(p.pos(), t) && lemmas.containsAll(p.particles()) && lemmas.containsAll(p.objects())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean fits(EventPattern.Pos pos, Token t) {
    return switch (pos) {
      case V -> t.isVerb();
      case N -> t.isNoun();
      case A -> t.isNoun() || t.tag().startsWith("JJ");
      case M -> t.tag().equals("MD");
    };
  }

  private boolean hasActorWord(List<Token> tokens) {
    for (Token t : tokens) {
      String tag = t.tag();
      if (t.isProperNoun() || tag.startsWith("PRP") || (tag.startsWith("JJ") && Character.isUpperCase(t.word().charAt(0)))) {
        return true;
      }
    }
    for (Token t : tokens) {
      if (t.isNoun() || t.tag().equals("CD")) {
        var m = resolver.resolve(List.of(new Word(t.word(), t.lemma(), t.tag(), t.begin(), t.end())), null, t.word());
        if (m.resolved() || m.sector() != null || m.person()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String lemma(Token t) {
    return t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
  }
}

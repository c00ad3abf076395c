package org.dyad.extract.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.util.List;

/**
 * Tells the language of a text with Optimaize's n-gram detector, for pages that do not declare
 * theirs. The profiles are loaded once, on first use, and shared (the detector is thread-safe).
 */
public final class TextLanguage {
  /**
   * The languages considered: those of most of the world's news. Leaving out the detector's rarer
   * profiles (Asturian, Occitan, Breton and the like) keeps them from being mistaken for their
   * big neighbours on short texts, and halves the loading time.
   */
  public static final List<String> LANGUAGES =
      List.of("ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he", "hi",
          "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "mk", "ms", "nl", "no", "pl", "pt", "ro", "ru", "sk",
          "sl", "sq", "sr", "sv", "sw", "ta", "th", "tl", "tr", "uk", "ur", "vi", "zh-CN", "zh-TW");
  /** A guess less likely than this is no answer: a wrong language misleads later stages more than none. */
  static final double MIN_PROBABILITY = 0.9;
  /** The first characters of a text decide; more adds time and no certainty. */
  static final int SAMPLE_CHARS = 3000;
  /** Fewer letters than this cannot be told apart reliably. */
  static final int MIN_LETTERS = 12;

  private TextLanguage() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR = load();
    static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

    private static LanguageDetector load() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().read(LANGUAGES))
            .build();
      } catch (IOException e) {
        throw new IllegalStateException("the language profiles are missing from the class path", e);
      }
    }
  }

  /** The ISO 639-1 code of {@code text}'s language, or null when it cannot be told. */
  public static String of(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return null;
    }
    List<DetectedLanguage> guesses = Holder.DETECTOR.getProbabilities(Holder.TEXT.forText(sample));
    if (guesses.isEmpty() || guesses.get(0).getProbability() < MIN_PROBABILITY) {
      return null;
    }
    return guesses.get(0).getLocale().getLanguage();
  }
}

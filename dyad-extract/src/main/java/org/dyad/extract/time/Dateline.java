package org.dyad.extract.time;

import java.util.regex.Pattern;

/**
 * A dateline: the place and full date that open a news story's first paragraph, before a dash, a
 * colon or an agency in brackets ("WASHINGTON, March 3, 2021 - President ...", "Kabul, 7 April
 * 2021 (AP) — ..."). It says when the story was filed, not when what it reports happened.
 */
public final class Dateline {
  /** How far into the text a dateline's date may end. */
  private static final int MAX_CHARS = 80;
  /** A dateline's place: nothing, or a few words (capitals, an agency in brackets) ending in a comma, then perhaps a weekday. */
  private static final Pattern PLACE =
      Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*(\\s+[\\p{L}.'’-]+){0,3}(\\s*\\([^)]{1,30}\\))?\\s*,\\s*)?(\\p{L}+day,?\\s*)?");
  /** What follows a dateline's date: a dash, a colon or an agency in brackets, then the text. */
  private static final Pattern END =
      Pattern.compile("\\s*(\\([^)]{1,30}\\)\\s*)?[-–—:]\\s*\\S|\\s*\\([^)]{1,30}\\)\\s*\\S");

  private Dateline() {}

  /** Whether {@code m}, a time expression found in {@code text}, is the full date of a dateline opening it. */
  public static boolean opens(String text, TimeMention m) {
    return m.kind() == TimeMention.Kind.FULL_DATE
        && m.end() <= MAX_CHARS
        && PLACE.matcher(text.substring(0, m.begin())).matches()
        && END.matcher(text.substring(m.end())).lookingAt();
  }
}

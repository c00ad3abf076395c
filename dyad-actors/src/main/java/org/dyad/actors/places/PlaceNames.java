package org.dyad.actors.places;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which place names are compared: accents folded, lowercase, hyphens as spaces,
 * dots dropped ("Ivano-Frankivsk", "St. Petersburg", "İstanbul" match their plain spellings).
 */
final class PlaceNames {
  private PlaceNames() {}

  /** The folded name, or null when it keeps letters outside plain ASCII (other scripts). */
  static String fold(String name) {
    String s = name;
    if (!ascii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        switch (c) {
          case 'ł', 'Ł' -> b.append('l');
          case 'ø', 'Ø' -> b.append('o');
          case 'đ', 'Đ' -> b.append('d');
          case 'ı' -> b.append('i');
          case 'æ', 'Æ' -> b.append("ae");
          case 'œ', 'Œ' -> b.append("oe");
          case 'ß' -> b.append("ss");
          case 'þ', 'Þ' -> b.append("th");
          case '’', 'ʼ', '‘', '`' -> b.append('\'');
          case '‐', '–' -> b.append('-');
          default -> b.append(c);
        }
      }
      s = b.toString();
      if (!ascii(s)) {
        return null;
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c == '-' || Character.isWhitespace(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        continue;
      }
      out.append(c);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    String folded = out.substring(0, end).toLowerCase(Locale.ROOT);
    return folded.isEmpty() ? null : folded;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

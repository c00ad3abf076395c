package org.dyad.coder;

import java.util.List;

/** Pieces of news sentences, and some that are not, from which the coder's fuzz runs build text. */
final class NewsTokens {
  static final List<String> ACTORS = List.of("Iran", "Iranian", "Iraq", "Iraqi", "Russia", "the Kremlin", "Pakistani troops",
      "President", "Foreign Minister", "Sergey Lavrov", "Joe Biden", "the United Nations", "NATO", "rebels", "police", "officials",
      "Hamas", "the EU", "China's", "North Korea", "he", "she", "they", "it", "who", "which");
  static final List<String> VERBS = List.of("met", "met with", "visited", "accused", "attacked", "threatened", "denied",
      "did not", "was not", "will", "would", "if", "expelled", "signed", "urged", "condemned", "praised", "was", "were", "by", "and",
      "or", "but", "not", "never", "had", "promised to", "agreed to", "rejected", "called on", "sanctions", "talks", "an agreement",
      "a deal", "aid to");
  static final List<String> NOISE = List.of("on Monday", "yesterday", "last week", "in 1998", "on 3 March 2024", "next year",
      "in Baghdad", "at the border", ".", ",", ";", ":", "?", "!", "\"", "'", "(", ")", "-", "--", "...", "\u2014", "Mr.", "U.S.",
      "e.g.", "%", "$5bn", "#1", "<b>", "&amp;", "\u00e9t\u00e9", "\u0628\u063a\u062f\u0627\u062f", "\u4e2d\u56fd", "\uD83D\uDCA3",
      "\t", "\n");


  private NewsTokens() {}
}

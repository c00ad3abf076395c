package org.dyad.actors.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.SimpleTokenizer;
import org.dyad.actors.Word;
import org.dyad.actors.knowledge.KnowledgeBase;

/**
 * Measures the actor stage: how long the knowledge takes to load and how much heap it keeps, how
 * long the gazetteer takes to read, and how long resolving one article's noun phrases takes once
 * both are loaded. Run in a fresh JVM:
 *
 * <pre>java -cp dyad-actors/target/classes:... org.dyad.actors.bench.ActorBench [ARTICLE.txt] [DATE]</pre>
 *
 * <p>The article's phrases stand in for the NLP stage's noun phrases: each sentence is cut at
 * punctuation and function words into runs of at most eight words, and each run is resolved as the
 * event coder resolves a phrase.
 */
public final class ActorBench {
  private static final int ROUNDS = 200;
  private static final java.util.Set<String> CUTS = java.util.Set.of(
      "and", "or", "but", "said", "says", "told", "was", "were", "is", "are", "has", "have", "had", "will", "would",
      "to", "on", "at", "with", "by", "for", "after", "as", "that", "which", "who");

  private ActorBench() {}

  /** Prints the figures; the first argument is an article text file, the second its date. */
  public static void main(String[] args) throws IOException {
    Path article = Path.of(args.length > 0 ? args[0] : "examples/corpus/global-village-space-pak-russia.txt");
    LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2021, 4, 7);
    String text = Files.readString(article, StandardCharsets.UTF_8);

    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.standard();
    ActorResolver resolver = new ActorResolver(kb);
    long loadNanos = System.nanoTime() - t0;
    long heapKnowledge = usedHeap() - heapBefore;

    long t1 = System.nanoTime();
    resolver.gazetteer();
    long gazetteerNanos = System.nanoTime() - t1;
    long heapAll = usedHeap() - heapBefore;

    List<List<Word>> phrases = phrases(text);
    int resolved = 0;
    for (List<Word> p : phrases) { // warm-up, and the count of phrases that name an actor
      resolved += resolver.resolve(p, date, "").resolved() ? 1 : 0;
    }
    long[] perArticle = new long[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      long s = System.nanoTime();
      for (List<Word> p : phrases) {
        resolver.resolve(p, date, "");
      }
      perArticle[r] = System.nanoTime() - s;
    }
    Arrays.sort(perArticle);

    System.out.printf("knowledge: %d countries, %d roles, %d organisations, %d tenures%n",
        kb.countries().size(), kb.roles().size(), kb.organisations().size(), kb.people().size());
    System.out.printf("knowledge load (files + name index): %.0f ms, heap kept %.1f MB%n", loadNanos / 1e6, heapKnowledge / 1e6);
    System.out.printf("gazetteer load: %.0f ms; heap kept with the gazetteer %.1f MB%n", gazetteerNanos / 1e6, heapAll / 1e6);
    System.out.printf("article %s: %d phrases, %d resolved to actors%n", article.getFileName(), phrases.size(), resolved);
    System.out.printf("resolving the article's phrases: median %.3f ms, 95th percentile %.3f ms (%d rounds)%n",
        perArticle[ROUNDS / 2] / 1e6, perArticle[ROUNDS * 95 / 100] / 1e6, ROUNDS);
  }

  /** Runs of at most eight words between punctuation and function words. */
  static List<List<Word>> phrases(String text) {
    List<List<Word>> out = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    for (Word w : SimpleTokenizer.words(text)) {
      boolean cut = !Character.isLetterOrDigit(w.text().codePointAt(0)) || CUTS.contains(w.text().toLowerCase(java.util.Locale.ROOT));
      if (cut || run.size() == 8) {
        if (!run.isEmpty()) {
          out.add(run);
        }
        run = new ArrayList<>();
      }
      if (!cut) {
        run.add(w);
      }
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}

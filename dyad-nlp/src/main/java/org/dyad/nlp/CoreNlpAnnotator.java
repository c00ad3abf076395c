package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Paragraph;
import org.dyad.model.Token;

/**
 * Stanford CoreNLP behind the {@link Annotator} interface: tokenize, ssplit (a blank line ends a
 * sentence), pos, lemma and the neural dependency parser (Universal Dependencies). NER and SUTime
 * are not run: actors come from Dyad's own knowledge and times from its own recogniser, which
 * are cheaper and know the article's date. This is the only class that touches CoreNLP.
 */
public final class CoreNlpAnnotator implements Annotator {
  private static volatile StanfordCoreNLP shared;

  private final StanfordCoreNLP pipeline;

  /** An annotator over the process-wide pipeline, created on first use. */
  public CoreNlpAnnotator() {
    this.pipeline = pipeline();
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = shared;
    if (p == null) {
      synchronized (CoreNlpAnnotator.class) {
        if (shared == null) {
          RedwoodConfiguration.current().clear().apply();
          Properties props = new Properties();
          props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
          props.setProperty("tokenize.language", "en");
          props.setProperty("ssplit.newlineIsSentenceBreak", "two");
          props.setProperty("pos.maxlen", "200");
          shared = new StanfordCoreNLP(props);
        }
        p = shared;
      }
    }
    return p;
  }

  /**
   * The most text one article may give the parser; longer texts are cut at the last paragraph break
   * before it, so a pathological document (a million sentences) costs bounded time and memory.
   */
  public static final int MAX_CHARS = 100_000;

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation doc = new Annotation(bounded(article.text()));
    pipeline.annotate(doc);
    List<AnnotatedSentence> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.beginPosition(), l.endPosition()));
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (var root : g.getRoots()) {
          deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
      }
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new AnnotatedSentence(
          out.size(), paragraphOf(article, begin), begin, end, article.text().substring(begin, end), tokens, deps));
    }
    return new AnnotatedArticle(article, out);
  }

  private static String bounded(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf("\n\n", MAX_CHARS);
    return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
  }

  private static int paragraphOf(Article a, int offset) {
    List<Paragraph> ps = a.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      if (offset < ps.get(i).end()) {
        return i;
      }
    }
    return Math.max(0, ps.size() - 1);
  }
}

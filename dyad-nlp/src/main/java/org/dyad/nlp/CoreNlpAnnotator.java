package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
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
 * sentence), pos, lemma and the neural dependency parser (Universal Dependencies, basic graph).
 * NER and SUTime are not run: actors come from Dyad's own knowledge and times from its own
 * recogniser, which are cheaper and know the article's date. The parser is called directly rather
 * than through CoreNLP's {@code depparse} annotator, which would also build the collapsed,
 * CC-processed, enhanced and enhanced++ graphs that Dyad never reads, and only for the sentences
 * a {@link ParseFilter} wants. This is the only class that touches CoreNLP's Dyad pipeline.
 *
 * <p>The models load once per JVM (about 1 s and 150 MB) and are shared by every instance and
 * thread: CoreNLP's tagger and parser keep no state between calls.
 */
public final class CoreNlpAnnotator implements Annotator {
  /**
   * The most text one article may give the parser; longer texts are cut at the last paragraph break
   * before it, so a pathological document (a million sentences) costs bounded time and memory.
   */
  public static final int MAX_CHARS = 100_000;

  private static volatile Models shared;

  private final Models models;

  /** The tagging pipeline and the parser, loaded together. */
  private record Models(StanfordCoreNLP tagger, DependencyParser parser) {}

  /** An annotator over the process-wide models, loaded on first use. */
  public CoreNlpAnnotator() {
    this.models = models();
  }

  private static Models models() {
    Models m = shared;
    if (m == null) {
      synchronized (CoreNlpAnnotator.class) {
        if (shared == null) {
          RedwoodConfiguration.current().clear().apply();
          Properties props = new Properties();
          props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
          props.setProperty("tokenize.language", "en");
          props.setProperty("ssplit.newlineIsSentenceBreak", "two");
          props.setProperty("pos.maxlen", "200");
          shared = new Models(new StanfordCoreNLP(props), DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()));
        }
        m = shared;
      }
    }
    return m;
  }

  @Override
  public AnnotatedArticle annotate(Article article, ParseFilter filter) {
    Annotation doc = new Annotation(bounded(article.text()));
    models.tagger().annotate(doc);
    List<AnnotatedSentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.beginPosition(), l.endPosition()));
      }
      List<Dependency> deps = filter.wantsParse(tokens) ? parse(s) : List.of();
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new AnnotatedSentence(
          out.size(), paragraphOf(article, begin), begin, end, article.text().substring(begin, end), tokens, deps));
    }
    return new AnnotatedArticle(article, out);
  }

  /** The basic Universal Dependencies of one tagged sentence, as CoreNLP's depparse gives them. */
  private List<Dependency> parse(CoreMap sentence) {
    GrammaticalStructure gs = models.parser().predict(sentence);
    SemanticGraph g = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
    List<Dependency> deps = new ArrayList<>();
    for (var root : g.getRoots()) {
      deps.add(new Dependency("root", -1, root.index() - 1));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
    }
    return deps;
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

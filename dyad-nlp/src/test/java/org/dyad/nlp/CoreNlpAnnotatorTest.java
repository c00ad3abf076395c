package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Dependency;
import org.dyad.model.Paragraph;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
  private static final String TEXT = "Russian Foreign Minister Sergey Lavrov met Prime Minister Imran Khan in Islamabad on Wednesday.\n\n"
      + "The weather was fine. Pakistan and Russia agreed to expand cooperation, the Foreign Office said.";

  private static Article article() {
    int p = TEXT.indexOf("\n\n");
    return new Article("a1", "x.txt", null, null, TEXT, null, null, "en", LocalDate.of(2021, 4, 8), DatePrecision.DAY,
        DateSource.GIVEN, null, List.of(new Paragraph(0, p, Paragraph.Kind.BODY), new Paragraph(p + 2, TEXT.length(), Paragraph.Kind.BODY)),
        List.of());
  }

  @Test
  void parsesAsCoreNlpsOwnDepparseAnnotatorDoes() {
    AnnotatedArticle ours = new CoreNlpAnnotator().annotate(article());
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    Annotation doc = new Annotation(TEXT);
    new StanfordCoreNLP(props).annotate(doc);
    List<CoreMap> theirs = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(theirs.size(), ours.sentences().size());
    for (int i = 0; i < theirs.size(); i++) {
      SemanticGraph g = theirs.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      List<Dependency> expected = new ArrayList<>();
      g.getRoots().forEach(r -> expected.add(new Dependency("root", -1, r.index() - 1)));
      for (SemanticGraphEdge e : g.edgeIterable()) {
        expected.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
      }
      assertEquals(expected, ours.sentences().get(i).dependencies(), ours.sentences().get(i).text());
    }
  }

  @Test
  void parsesOnlyTheSentencesTheFilterWants() {
    ParseFilter verbsWithMet = tokens -> tokens.stream().anyMatch(t -> t.word().equals("met"));
    AnnotatedArticle a = new CoreNlpAnnotator().annotate(article(), verbsWithMet);
    List<AnnotatedSentence> s = a.sentences();
    assertEquals(3, s.size());
    assertTrue(s.get(0).dependencies().size() >= s.get(0).tokens().size(), "the sentence with 'met' is parsed");
    assertTrue(s.get(1).dependencies().isEmpty());
    assertTrue(s.get(2).dependencies().isEmpty());
    assertEquals("agree", s.get(2).tokens().get(3).lemma(), "an unparsed sentence keeps its lemmas");
    assertEquals("VBD", s.get(2).tokens().get(3).tag());
    assertEquals(1, s.get(2).paragraph());
  }
}

package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;

/**
 * CoreNLP's own English pipeline as its documentation sets it up ({@code
 * tokenize,ssplit,pos,lemma,ner,depparse}, default English properties, one instance): the yardstick
 * {@code dyad bench} measures Dyad's annotate stage against. Dyad never codes with it.
 */
public final class StockCoreNlp {
  /** The annotators of the stock pipeline. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private final StanfordCoreNLP pipeline;

  /** Loads the stock pipeline's models (several seconds: NER's classifiers and SUTime). */
  public StockCoreNlp() {
    RedwoodConfiguration.current().clear().apply();
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    pipeline = new StanfordCoreNLP(props);
  }

  /** Annotates {@code text} and returns how many sentences it had. */
  public int annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
  }
}

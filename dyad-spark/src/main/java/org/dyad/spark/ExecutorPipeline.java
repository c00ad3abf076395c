package org.dyad.spark;

import org.dyad.pipeline.Pipeline;

/**
 * The Dyad pipeline of an executor JVM. Its NLP models and knowledge (CoreNLP's tagger and parser,
 * the patterns, the actors and the gazetteer) load once per JVM, when the first task needs them,
 * and are shared by every task the executor runs at once: loading them per task or per record
 * would cost more than the coding. Each task thread gets its own light front end (extractor and
 * coder objects) over those shared models.
 */
final class ExecutorPipeline {
  private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Pipeline::new);

  private ExecutorPipeline() {}

  static Pipeline get() {
    return PIPELINE.get();
  }
}

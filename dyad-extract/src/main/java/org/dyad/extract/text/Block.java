package org.dyad.extract.text;

import org.dyad.model.Paragraph;

/**
 * A block of text before it is placed in the article: a paragraph or a heading.
 *
 * @param text the block's text, white space collapsed
 * @param kind heading or body
 */
public record Block(String text, Paragraph.Kind kind) {}

package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private final ArticleExtractor extractor = new ArticleExtractor(1024 * 1024);

  private String reason(byte[] bytes, String name) {
    BadDocumentException e =
        assertThrows(BadDocumentException.class, () -> extractor.extract(new RawDocument(name, null, bytes, null, null)));
    assertEquals(name, e.origin());
    assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
    return e.reason();
  }

  @Test
  void emptyFile() {
    assertEquals("is empty", reason(new byte[0], "empty.txt"));
  }

  @Test
  void whiteSpaceOnly() {
    assertEquals("holds only white space", reason(" \n\t\n".getBytes(StandardCharsets.UTF_8), "blank.txt"));
  }

  @Test
  void binaryFile() {
    assertEquals("is binary (it contains NUL bytes), not a text or HTML page", reason(new byte[] {65, 0, 66, 1}, "x.bin"));
    assertEquals("is gzip-compressed, not a text or HTML page", reason(new byte[] {0x1f, (byte) 0x8b, 8, 0}, "x.gz"));
  }

  @Test
  void invalidUtf8() {
    byte[] b = "Russia met Pakistan \u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("is not valid UTF-8 (byte 0xE9 at offset 20)", reason(b, "latin1.txt"));
  }

  @Test
  void tooLargeIsCutWithAWarning() throws BadDocumentException {
    byte[] b = ("Talks\n\n" + "Iran met Iraq. ".repeat(150_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.dyad.model.Article a = extractor.extract(new org.dyad.model.RawDocument("big.txt", null, b, null, null));
    assertEquals("the document is over the 1.0 MB limit; only its first 1.0 MB were read", a.warnings().get(0));
    assertTrue(a.text().length() < 1024 * 1024, "the text is of the first megabyte only");
  }
}

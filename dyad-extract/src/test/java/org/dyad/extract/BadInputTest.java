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
  void tooLarge() {
    byte[] b = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(b, (byte) 'a');
    assertEquals("is 2.0 MB, over the 1 MB limit for one document", reason(b, "big.txt"));
  }
}

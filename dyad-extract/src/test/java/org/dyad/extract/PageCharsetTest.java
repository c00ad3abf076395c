package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** How a page's bytes are decoded when its label and its bytes disagree. */
class PageCharsetTest {
  private static final String TEXT =
      "Zażółć gęślą jaźń: ministrowie spraw zagranicznych obu państw spotkali się w poniedziałek w stolicy"
          + " i uzgodnili wznowienie rozmów o spornej granicy, jak podali urzędnicy po zakończeniu spotkania. ";

  private static String text(byte[] page) throws BadDocumentException {
    return new ArticleExtractor().extract(new RawDocument("page.html", null, page, null, null)).text();
  }

  private static byte[] page(String charset, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("<html><head><meta charset=\"" + charset + "\"><title>Rozmowy</title></head><body><article><p>")
        .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("</p></article></body></html>".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  @Test
  void aPageLabelledLatinWhoseBytesAreUtf8IsUtf8() throws BadDocumentException {
    assertTrue(text(page("windows-1252", TEXT.repeat(3).getBytes(StandardCharsets.UTF_8))).contains("Zażółć gęślą jaźń"));
    assertTrue(text(page("iso-8859-2", TEXT.repeat(3).getBytes(StandardCharsets.UTF_8))).contains("Zażółć gęślą jaźń"));
  }

  @Test
  void aPageInItsLatinLabelStaysSo() throws BadDocumentException {
    String german = "Die Außenminister beider Länder trafen sich am Montag in der Hauptstadt und vereinbarten Gespräche"
        + " über die umstrittene Grenze, wie Beamte nach dem Treffen mitteilten. ";
    assertTrue(text(page("iso-8859-1", german.repeat(3).getBytes(StandardCharsets.ISO_8859_1))).contains("Außenminister"));
    String polish = TEXT.repeat(3);
    assertTrue(text(page("iso-8859-2", polish.getBytes(Charset.forName("ISO-8859-2")))).contains("Zażółć gęślą jaźń"));
  }

  @Test
  void aUtf8PageWithAStrayLatinByteKeepsItsLetters() throws BadDocumentException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(TEXT.repeat(3).getBytes(StandardCharsets.UTF_8));
    // a character cut in half, then a word in Latin-1
    body.writeBytes(new byte[] {'p', 'a', 'p', 'i', 'e', 'r', 'o', 's', (byte) 0xc3, '.', ' '});
    body.writeBytes("Gefühl".getBytes(StandardCharsets.ISO_8859_1));
    String text = text(page("utf-8", body.toByteArray()));
    assertTrue(text.contains("Zażółć gęślą jaźń"), text);
    assertTrue(text.contains("Gefühl"), text);
    assertTrue(text.contains("papierosÃ."), text);
  }

  @Test
  void aPageMostlyLatinIsReadAsLatin() throws BadDocumentException {
    String german = "Die Außenminister beider Länder trafen sich am Montag und vereinbarten Gespräche über die Grenze. ";
    byte[] b = page("utf-8", german.repeat(4).getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(4, text(b).split("Außenminister", -1).length - 1);
  }
}

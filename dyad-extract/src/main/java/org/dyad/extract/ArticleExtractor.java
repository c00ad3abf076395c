package org.dyad.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.extract.html.HtmlExtractor;
import org.dyad.extract.lang.TextLanguage;
import org.dyad.extract.text.PlainTextExtractor;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;

/**
 * The extract stage: checks a document's bytes, decodes them (byte order mark, meta charset, the
 * HTTP header's charset carried in the media type, then UTF-8), and hands HTML and plain text to
 * their readers; an article whose page declares no language gets the detected one. Of a document
 * over the size limit only the first part is read, with a warning saying so. Anything that is not a
 * readable news page is refused with the reason.
 */
public final class ArticleExtractor implements Extractor {
  /** Of a document larger than this, only the first this many bytes are read. */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START =
      Pattern.compile("^\\s*(<!doctype html|<html|<head|<body|<!--|<meta|<div|<p[\\s>]|<article)", Pattern.CASE_INSENSITIVE);

  private static final Pattern HEADER_CHARSET =
      Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final int maxBytes;
  private final HtmlExtractor html = new HtmlExtractor();
  private final PlainTextExtractor text = new PlainTextExtractor();

  /** An extractor with the default size limit. */
  public ArticleExtractor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** An extractor that reads only the first {@code maxBytes} of a longer document, with a warning. */
  public ArticleExtractor(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Extracts the article of {@code doc}, its {@link RawDocument#title()} a hint for the headline. */
  @Override
  public Article extract(RawDocument doc) throws BadDocumentException {
    return extract(doc, doc.title());
  }

  /**
   * Extracts the article of {@code doc}; {@code titleHint} is the title given for it elsewhere (a
   * feed item's), or null, and helps to find the page's headline. It is used instead of the
   * document's own {@link RawDocument#title()}.
   */
  public Article extract(RawDocument doc, String titleHint) throws BadDocumentException {
    byte[] b = doc.content();
    String origin = doc.origin();
    String cut = null;
    if (b.length > maxBytes) {
      cut = String.format(Locale.ROOT, "the document is over the %.1f MB limit; only its first %.1f MB were read",
          maxBytes / 1048576.0, maxBytes / 1048576.0);
      b = Arrays.copyOf(b, characterStart(b, maxBytes));
    }
    if (b.length == 0) {
      throw new BadDocumentException(origin, "is empty");
    }
    // UTF-16 text is full of NUL bytes; its byte order mark tells it from binary.
    String kind = hasUtf16Bom(b) ? null : binaryKind(b);
    if (kind != null) {
      throw new BadDocumentException(origin, "is " + kind + ", not a text or HTML page");
    }
    boolean isHtml = isHtml(doc, b);
    String decoded = decode(origin, b, isHtml, headerCharset(doc.mediaType()));
    if (decoded.isBlank()) {
      throw new BadDocumentException(origin, "holds only white space");
    }
    Article a =
        isHtml
            ? html.extract(origin, decoded, doc.url(), doc.fetchDate(), titleHint)
            : text.extract(origin, decoded, doc.fetchDate());
    if (a.text().isBlank()) {
      throw new BadDocumentException(origin, "has no article text");
    }
    if (cut != null) {
      a = withWarning(a, cut);
    }
    return a.language() != null ? a : withLanguage(a, TextLanguage.of(a.text()));
  }

  /**
   * The largest offset up to {@code limit} where a character starts: a cut there leaves no half
   * of a UTF-8 sequence, whose bytes after the first are all 10xxxxxx.
   */
  private static int characterStart(byte[] b, int limit) {
    int at = limit;
    for (int back = 0; back < 4 && at > 0 && (b[at] & 0xC0) == 0x80; back++) {
      at--;
    }
    return at;
  }

  private static Article withWarning(Article a, String warning) {
    List<String> warnings = new ArrayList<>(a.warnings());
    warnings.add(0, warning);
    return new Article(a.id(), a.file(), a.url(), a.title(), a.text(), a.author(), a.site(), a.language(), a.date(),
        a.datePrecision(), a.dateSource(), a.fetchDate(), a.paragraphs(), warnings);
  }

  private static Article withLanguage(Article a, String language) {
    return new Article(a.id(), a.file(), a.url(), a.title(), a.text(), a.author(), a.site(), language, a.date(),
        a.datePrecision(), a.dateSource(), a.fetchDate(), a.paragraphs(), a.warnings());
  }

  /** The charset a Content-Type such as {@code text/html; charset=windows-1251} names, or null. */
  private static Charset headerCharset(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(mediaType);
    return m.find() ? charset(m.group(1)) : null;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String binaryKind(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
      return "gzip-compressed";
    }
    if (startsWith(b, "%PDF")) {
      return "a PDF file";
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      return "a ZIP archive";
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "a PNG image";
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return "binary (it contains NUL bytes)";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > n / 10 ? "binary (" + control + " control bytes in the first " + n + ")" : null;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHtml(RawDocument doc, byte[] b) {
    if (doc.mediaType() != null) {
      return doc.mediaType().toLowerCase(Locale.ROOT).contains("html");
    }
    String o = doc.origin().toLowerCase(Locale.ROOT);
    if (o.endsWith(".html") || o.endsWith(".htm") || o.endsWith(".xhtml")) {
      return true;
    }
    if (o.endsWith(".txt")) {
      return false;
    }
    String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
    return HTML_START.matcher(head.replace("\uFEFF", "").replace("ï»¿", "")).find();
  }

  /**
   * Decodes by the byte order mark, else the page's meta charset, else the HTTP header's (a
   * server's default is more often wrong than the page's own label), else UTF-8. A page labelled
   * with a Latin code page whose bytes are all UTF-8, multibyte characters among them, is UTF-8: no
   * Latin text reads so by chance.
   */
  private static String decode(String origin, byte[] b, boolean isHtml, Charset header) throws BadDocumentException {
    int skip = 0;
    Charset cs = null;
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      skip = 3;
      cs = StandardCharsets.UTF_8;
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      skip = 2;
      cs = StandardCharsets.UTF_16BE;
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      skip = 2;
      cs = StandardCharsets.UTF_16LE;
    }
    if (cs == null && isHtml) {
      Matcher m = META_CHARSET.matcher(new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1));
      if (m.find()) {
        cs = charset(m.group(1));
      }
    }
    if (cs == null) {
      cs = header;
    }
    if (cs == null) {
      cs = StandardCharsets.UTF_8;
    } else if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
      // as browsers do: pages labelled Latin-1 or ASCII are written in its Windows superset
      cs = WINDOWS_1252;
    }
    // counted once, only for HTML that is labelled with a code page or whose label fails
    Utf8Bytes.Counts utf8 = null;
    if (isHtml && isSingleByteCodePage(cs)) {
      utf8 = Utf8Bytes.count(b, skip);
      if (utf8.isUtf8()) {
        cs = StandardCharsets.UTF_8;
      }
    }
    try {
      return strict(cs, b, skip);
    } catch (CharacterCodingException e) {
      if (!isHtml) {
        int at = e instanceof MalformedInputException ? firstBad(cs, b, skip) : skip;
        throw new BadDocumentException(
            origin,
            String.format(Locale.ROOT, "is not valid %s (byte 0x%02X at offset %d)", cs.name(),
                at < b.length ? b[at] & 0xff : 0, at));
      }
    }
    // An HTML page whose label is missing or wrong: UTF-8 if it is valid or nearly so (a stray
    // Latin byte or a cut character is read as Windows-1252), else the Windows Latin code page, which
    // decodes any byte, as browsers fall back to it for such pages.
    try {
      return strict(StandardCharsets.UTF_8, b, skip);
    } catch (CharacterCodingException e) {
      if ((utf8 != null ? utf8 : Utf8Bytes.count(b, skip)).isMostlyUtf8()) {
        return Utf8Bytes.decodeLeniently(b, skip);
      }
      return new String(b, skip, b.length - skip, WINDOWS_1252);
    }
  }

  /** The single-byte code pages a UTF-8 page is most often mislabelled with: windows-125x, ISO 8859. */
  private static boolean isSingleByteCodePage(Charset cs) {
    String name = cs.name().toLowerCase(Locale.ROOT);
    return name.startsWith("windows-125") || name.startsWith("iso-8859-");
  }

  private static String strict(Charset cs, byte[] b, int skip) throws CharacterCodingException {
    if (cs.equals(StandardCharsets.UTF_8)) {
      // The String constructor is much faster than a decoder; it only replaces what it cannot
      // read, so a replacement character sends the bytes to the strict decoder to tell.
      String fast = new String(b, skip, b.length - skip, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
    }
    CharsetDecoder dec =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    return dec.decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
  }

  private static int firstBad(Charset cs, byte[] b, int skip) {
    CharsetDecoder dec =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
    CharBuffer out = CharBuffer.allocate(b.length);
    dec.decode(in, out, true);
    return in.position();
  }
}

package org.dyad.extract.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's author: from its meta elements (only those the JSON-LD also names, when it names
 * some of several; the JSON-LD's person rather than a desk or partner site), its JSON-LD (a
 * reference by {@code @id} resolved), its byline elements outside comments and teasers, a byline
 * written in the text ("By X", "Posted by X", "11.12.2019 - X", or a label standing alone,
 * "Autor:", before the name), a news agency's credit in the text (see {@link AgencyCredit}), a name
 * signed under the article (see {@link ClosingSignature}), a Twitter card's "Written by" field or
 * creator, and at last the name on the comments the post's author wrote. An organisation in the
 * metadata, or a meta element's name no JSON-LD confirms, yields to another person the article's
 * byline names. Several authors are joined with "; ", unless the
 * article's byline names them all joined its own way ("X and Y"), which is then kept, as is the
 * byline's spelling of a handle ("jane.doe" as "Jane Doe") or its full form of a first name. Values
 * that are addresses, handles of the system ("admin"), dates, a byline's buttons ("Follow"), or the
 * name, domain or account of the site or its publisher are not authors.
 */
final class PageAuthor {
  private static final Evaluator META =
      QueryParser.parse("meta[name=author], meta[property=article:author], meta[name=parsely-author], "
          + "meta[name=sailthru.author], meta[name=dc.creator], meta[name=dcterms.creator], meta[name=byl], "
          + "meta[property=author], meta[name=citation_author]");
  private static final Evaluator HIDDEN =
      QueryParser.parse(".screen-reader-text, .sr-only, .visually-hidden, .hidden, script, style, time");
  private static final Set<String> TEXT_BLOCKS = Set.of("p", "span", "div", "address", "em", "strong", "small", "li", "i", "b", "h4", "h5", "h6", "dt", "td");
  private static final Pattern AUTHOR_LINK = Pattern.compile("/(author|authors|autor|autoren)/");
  /** A link to a profile is an author's only when its text is a name or a handle: not "About Courier". */
  private static final Pattern PROFILE_LINK = Pattern.compile("/profiles?/");
  private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\d._-]{2,30}");
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?iu)(?:\\W*(?:post|article|artikel|beitrag)?\\s*(?:author|autor(?:in)?|auteur|written|posted|published|"
              + "geschrieben|verfasst|veröffentlicht|eingestellt|erstellt|publié|publicado|escrito|pubblicato|"
              + "ein beitrag|zeige alle beiträge|alle beiträge|alles|mehr|view all posts|all posts|"
              + "articles|artikel|text\\s*(?:&|und|and|/)\\s*(?:fotos?|bilder?|interview)|text|interview|foto|fotos|redaktion)?\\s*"
              + "(?:(?:by|von|vom|par|por|door|av|from)(?:\\s+|\\s*:\\s*|$)|:\\s*)|\\W*(?:author|autor(?:in)?|auteur|text|interview)\\s*:\\s*"
              + "|[~\\-–—]\\s*)");
  private static final Pattern GLUED_PREFIX = Pattern.compile("^(?:Post author|Author|Autor|Veröffentlicht von|Von|By)(?=\\p{Lu})");
  private static final String WEEKDAY =
      "(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
          + "sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
          + "samedi|dimanche)\\b";
  /** A byline's parts: "May 4, 2020 · by Jane Doe · in News". */
  private static final Pattern BYLINE_PARTS = Pattern.compile("\\s+[|·•]\\s+");
  /** "by" after a byline's date: "Posted on May 4, 2020 by Jane Doe". */
  private static final Pattern LATE_BY =
      Pattern.compile("(?u)\\s(?:(?:by|By|von|par|por)\\s+|(?:Autor|Autorin|Author|Auteur|Text|Von|By)\\s*:\\s*)(?=\\p{L})");
  private static final Pattern BY = Pattern.compile("(?iu)^(?:by|von|par|por|door|av)\\s+\\S");
  /** WordPress marks the comments the article's own author wrote. */
  private static final Evaluator POST_AUTHORS_COMMENT =
      QueryParser.parse(".bypostauthor > .comment-author, .bypostauthor > * > .comment-author, "
          + ".bypostauthor > * > * > .comment-author, .bypostauthor .comment-author .fn");
  private static final Pattern SAYS = Pattern.compile("(?iu)\\s+(?:sagt|says|said|schreibt|writes|dit)\\b.*$");
  private static final Pattern TAIL =
      Pattern.compile("(?iu)\\s*(?:[|•·]|\\s[-–—]\\s?|\\s(?:am|on|at|le|el|il|den|um|vor|published|updated|aktualisiert)\\s+\\d"
          + "|(?:\\s|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))(?:quelle|source|datum|date|kategorie|category|rubrik|fotos?|photos?|bilder?)\\s*:|\\s(?:alles|alle beiträge|alle artikel|mehr|more|all posts|view all posts)\\s+(?:von|from|by)\\s|\\s(?:stand|updated|aktualisiert|publiziert|posted)\\b|\\s\\d{1,2}[./]\\d|,\\s*\\d|\\s\\d{4}|\\s\\d{1,2}:\\d{2}|\\s\\(|\\s-$"
          + "|\\s(?:am|on|le|el)\\s+" + WEEKDAY + "|\\s" + WEEKDAY + "(?:\\.?,?\\s+\\d|,\\s+\\p{L}+\\.?\\s+\\d)"
          + "|\\s(?:autor(?:in)?|author|redakteur(?:in)?|editor)$).*$");
  /** A person's name as a byline writes it: capitalised words, perhaps with particles ("Jose de la Cruz", "Anna von Hagen"). */
  private static final String WRITTEN_NAME =
      "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:von|van|de|der|den|du|da|del|della|di|dos|la|le|und|and|&|y|et)\\s+){0,2}\\p{Lu}[\\p{L}.'’-]*){1,3}";
  /** What may follow the name in a byline: a separator, the date, or the next credit ("Illustration von ..."). */
  private static final String AFTER_NAME =
      "\\s*(?:[,|•·/(]|$|\\s(?:am|on|le|el|um|at|[-–—])\\s|\\s(?:Illustration(?:en)?|Fotos?|Bild(?:er)?|Photos?)\\b)";
  private static final Pattern TEXT_BYLINE =
      Pattern.compile("^(?:(?:Posted|Written|Geschrieben|Erstellt|Gespeichert|Verfasst|Submitted|Ein Artikel|Ein Beitrag|Beitrag|Text|Blog Beitrag|Eine Kolumne|Ein Kommentar|Ein Gastbeitrag|Kolumne|Kommentar|Gastbeitrag|Analyse)\\s+(?:by|von):?"
          + "|By|BY|by|Von|VON|von|Par|Por|Door|Di|Text:|Texte:|Autoren:?|Autorinnen:?|Autor(?:in)?\\s*:|Author\\s*:|Auteur\\s*:|[-–]?\\s*Redaktion\\s*:)\\s+("
          + WRITTEN_NAME + ")" + AFTER_NAME);
  /**
   * A byline whose label says plainly that a name follows, which may then be a single word or a
   * handle: "Posted by jdoe @ 12:00".
   */
  private static final Pattern LABELLED_HANDLE =
      Pattern.compile("^(?:(?:Posted|Written|Geschrieben|Erstellt|Gespeichert|Verfasst|Submitted)\\s+(?:by|von)|Autor(?:in)?\\s*:|Author\\s*:)"
          + "\\s+(\\p{L}[\\p{L}\\d._-]{1,30})\\s*(?:[,|•·/(@]|$|\\s(?:am|on|um|at|le)\\s)");
  /** A line of the date and the author: "11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe". */
  private static final Pattern DATE_BYLINE =
      Pattern.compile("^(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d\\d-\\d\\d)(?:\\s*[|·•,-]\\s*\\d{1,2}:\\d{2}(?:\\s*Uhr)?)?"
          + "\\s*[|·•–-]\\s*(" + WRITTEN_NAME + ")$");
  /** A domain name: the site's address in the metadata, though a byline may name another site as its author. */
  private static final Pattern DOMAIN_LIKE = Pattern.compile("(?iu)www\\.|\\.(com|de|org|net|at|ch|fr|uk)\\b");
  private static final Pattern NOT_A_NAME =
      Pattern.compile("(?iu)https?:|@|\\?|^[\\d\\p{P}\\s]+$|\\d{5}|"
          + "^(admin|administrator|wordpressadmin|root|webmaster|editor|staff|guest|no author|anonymous|unknown author|"
          + "uncategorized|allgemein|comments?|kommentare?|share|teilen|home|startseite|news|no|follow|folgen|mehr|more|profile?|"
          + "datum|date|zur artikelübersicht|alle artikel|all articles|\\d+ (comments?|kommentare?|articles?))$");
  /** What joins the names of several authors in a byline. */
  private static final Pattern JOINER = Pattern.compile("\\s*[,&/]\\s*|\\s+(?:und|and|y|et|e|og|en|i)\\s+");
  /** A person's name: two to four capitalised words. */
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}");
  /** Words in a byline's part that make it a desk, an agency or a credit rather than a person. */
  private static final Pattern NOT_A_PERSON =
      Pattern.compile("(?iu)\\b(?:redaktion|redakteur(?:in)?|ressort|staff|desk|agentur(?:en)?|foto|fotos|photos?|text|news|"
          + "reporter|editor|correspondent|korrespondent(?:in)?|online|media|verlag|service|team|press|presse)\\b");
  /** Where a site's name that carries a page's title or a slogan splits: "Courier | Daily news". */
  private static final Pattern SITE_PARTS = Pattern.compile("\\s+[|–—-]\\s+|\\s*\\|\\s*");
  private static final int MIN_SITE_PART = 4;
  /** Class names of a picture's credit or a licence's attribution. */
  private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)licen[cs]e|image-credit|photo-credit|bildnachweis");
  /** A link to a site's home page, whose text is the site's name: "<a href='/'>Courier</a>". */
  private static final Pattern HOME = Pattern.compile("(?i)(?:https?:)?//[^/?#]+/?|/");
  /** A publisher named by its domain: "www.courier-news.com". */
  private static final Pattern DOMAIN = Pattern.compile("(?:https?://)?(?:www\\.)?([\\p{L}\\d-]+)\\.[a-z]{2,6}/?");
  /** A publisher's name may add its address: "Courier (www.courier.example)". */
  private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern ACCENT = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** Words of a byline's label or date, left when the name itself is elsewhere. */
  private static final Pattern LABEL =
      Pattern.compile("(?iu)(^|\\s)(am|on|posted|published|veröffentlicht|publiziert|kategorien|categories|"
          + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|"
          + "saturday|sunday)(\\s|:|$)");
  private static final int MAX_WORDS = 8;
  /** An acronym standing alone: a desk's or an agency's name ("DPA", "AFP"), not a person's. */
  private static final Pattern ACRONYM = Pattern.compile("(?=(?:.*\\p{Lu}){2})[\\p{Lu}\\d&-]{2,8}");
  /** An organisation's name that opens with its acronym: "EFC Musterstadt", "SWR Fernsehen" (not a name in capitals, "JANE DOE"). */
  private static final Pattern LEADING_ACRONYM = Pattern.compile("\\p{Lu}{3,4}(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}-]*)+");
  private static final Pattern FIRST_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private static final Set<String> ORGANISATION_WORDS =
      Set.copyOf(WordList.lines("/dyad/extract/author-organisation-words.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  /** A role before the name: "Rechtsanwalt Max Mustermann", "Courier-Experte Jane Doe". */
  private static final Set<String> ROLES =
      Set.copyOf(WordList.lines("/dyad/extract/author-roles.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  /** An interview's byline: "Erika Muster im Gespräch mit Max Mustermann". */
  private static final Pattern CONVERSATION =
      Pattern.compile("(" + NAME.pattern() + ")\\s+(?:im Gespräch mit|im Interview mit|in conversation with|in an interview with|"
          + "en conversation avec|en entretien avec|en conversación con)\\s+(" + NAME.pattern() + ")");
  /** A social media handle after a name: "Jane Doe @janedoe". */
  private static final Pattern HANDLE_AFTER = Pattern.compile("\\s+@[\\w.]+$");
  /** A person's initials standing for the name: "JD", "J.D.". */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.?\\s?\\p{Lu}\\.?(?:\\s?\\p{Lu}\\.?)?");
  /** An account's handle rather than a name as written: lower case, perhaps joined by '.', '_' or '-' ("jdoe", "jane_doe"). */
  private static final Pattern ACCOUNT = Pattern.compile("[\\p{Ll}\\d]+(?:[._-][\\p{Ll}\\d]+)*");
  /** A Twitter card's label for the author's name. */
  private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|author|autor");
  /** A picture's credit: "Foto: Jane Doe", "Bild © Courier". */
  private static final Pattern PICTURE_LABEL = Pattern.compile("(?iu)^(?:bild|bilder|foto|fotos|photo|photos|image|picture)\\s*(?:[©:]|\\(c\\))");
  /** Values of templates that name no one. */
  private static final Set<String> PLACEHOLDERS = Set.of("null", "undefined", "none", "n/a");
  private static final int MAX_NAME_CHARS = 60;
  /** The address of a profile on a social network. */
  private static final Pattern SOCIAL =
      Pattern.compile("(?i)^(?:https?:)?//(?:www\\.|[a-z]{2}\\.)?(?:twitter|x|facebook|instagram|linkedin|xing|tiktok|youtube)\\.com/");
  /** A byline's label standing alone: "Autor:", "By:". */
  private static final Pattern AUTHOR_LABEL =
      Pattern.compile("(?iu)(?:autor(?:in|en)?|author|authors|auteur|verfasser(?:in)?|von|by|text)\\s*:?");
  private static final Pattern NAME_START = Pattern.compile("^\\p{Lu}");
  private static final int MAX_BYLINE_CHARS = 120;
  private static final Evaluator MAIN_HEADING = QueryParser.parse("h1");
  /** A paragraph of an article's text, which a byline precedes. */
  private static final int LONG_PARAGRAPH = 150;
  /** How many elements before a byline are looked at for the page's main heading. */
  private static final int HEADING_STEPS = 30;
  /** A byline in the text is searched for among the first this many short elements of the page. */
  private static final int TEXT_BYLINE_SCAN = 800;

  private PageAuthor() {}

  static String of(Document doc, Metadata meta, String site) {
    List<String> ldAuthors = meta.jsonLdAll("author");
    List<String> organisations = new ArrayList<>(meta.jsonLdNamesOfType("Organization"));
    organisations.addAll(meta.jsonLdNamesOfType("NewsMediaOrganization"));
    // an organisation the JSON-LD names as the author (a desk, an office) is no publisher for that
    List<String> publishers = new ArrayList<>(organisations);
    publishers.removeAll(ldAuthors);
    if (site != null) {
      publishers.add(site);
      String[] parts = SITE_PARTS.split(site);
      for (int i = 0; i < parts.length && parts.length > 1; i++) {
        if (parts[i].length() >= MIN_SITE_PART) {
          // "Achtsam durch die Krise | Die Furche": a site name that carries the page's title
          publishers.add(parts[i]);
        }
      }
    }
    String publisher = meta.meta("article:publisher", "publisher", "dc.publisher", "application-name");
    if (publisher != null) {
      publishers.add(publisher);
    }
    List<String> names = new ArrayList<>();
    String twitterSite = meta.meta("twitter:site");
    for (Element m : doc.select(META)) {
      String c = m.attr("content").strip();
      if (c.startsWith("@") && c.equalsIgnoreCase(twitterSite)) {
        // the site's own account, "@courier", is no author
        continue;
      }
      add(names, c, publishers);
    }
    List<String> ld = new ArrayList<>();
    for (String n : ldAuthors) {
      add(ld, n, publishers);
    }
    if (names.size() > 1 && names.stream().anyMatch(ld::contains)) {
      // of several meta authors, those the JSON-LD also names are the people; the rest an agency or owner
      names.retainAll(ld);
    }
    if (names.isEmpty() || (!ld.isEmpty() && !names.stream().anyMatch(n -> isPerson(n, organisations))
        && ld.stream().allMatch(n -> isPerson(n, organisations)))) {
      // a desk or a partner site in the meta elements, the person in the JSON-LD
      names.clear();
      names.addAll(ld);
    }
    if (!names.isEmpty() && doc.body() != null && names.stream().allMatch(n -> isOrganisation(n, organisations))) {
      // an organisation in the metadata, a person in the article's byline: the byline
      List<String> people = new ArrayList<>();
      bylineElements(doc.body(), people, publishers, n -> isPerson(n, organisations));
      if (people.isEmpty()) {
        textByline(doc.body(), people, publishers);
      }
      if (!people.isEmpty() && people.stream().allMatch(n -> isPerson(n, organisations) || isFirstName(n, organisations))) {
        names = people;
      }
    }
    if (!names.isEmpty() && ld.isEmpty() && doc.body() != null && names.stream().noneMatch(n -> ACCOUNT.matcher(n).matches())) {
      // a template's author in the meta elements, another person in the article's byline: the byline the
      // reader sees; a handle there is the writer's account, which the byline may spell otherwise
      List<String> shown = new ArrayList<>();
      bylineElements(doc.body(), shown, publishers, n -> isPerson(n, organisations));
      String key = shown.isEmpty() ? null : letters(shown.get(0));
      if (key != null && names.stream().map(PageAuthor::letters).noneMatch(n -> n.contains(key) || key.contains(n))) {
        names = shown;
      }
    }
    if (!names.isEmpty() && doc.body() != null) {
      String written = asWritten(doc.body(), names, publishers);
      if (written != null) {
        return written;
      }
    }
    if (names.isEmpty() && doc.body() != null) {
      bylineElements(doc.body(), names, publishers, n -> true);
    }
    if (names.isEmpty() && doc.body() != null) {
      textByline(doc.body(), names, publishers);
    }
    if (names.isEmpty() && doc.body() != null) {
      String credit = AgencyCredit.of(doc.body());
      // a credit may name the site beside the desk and the agencies: "red, courier.example/Agenturen"
      if (credit != null && !isPublisherName(credit, publishers)) {
        names.add(credit);
      }
    }
    if (names.isEmpty() && doc.body() != null) {
      add(names, ClosingSignature.of(doc.body()), publishers);
    }
    if (names.isEmpty()) {
      for (String n : meta.jsonLdAll("creator")) {
        add(names, n, publishers);
      }
    }
    if (names.isEmpty()) {
      writtenByLabel(meta, names, publishers);
    }
    if (names.isEmpty()) {
      twitterCreator(meta, names, publishers);
    }
    if (names.isEmpty()) {
      Element c = doc.selectFirst(POST_AUTHORS_COMMENT);
      if (c != null) {
        add(names, SAYS.matcher(visibleText(c).strip()).replaceFirst(""), publishers);
      }
    }
    if (names.isEmpty() && doc.body() != null) {
      // a personal site's copyright: "© 2021 Jane Doe"
      String holder = CopyrightHolder.of(doc.body());
      if (holder != null && isPerson(holder, organisations)) {
        add(names, holder, publishers);
      }
    }
    if (names.size() == 1 && ACCOUNT.matcher(names.get(0)).matches() && doc.body() != null) {
      // "gabor_munier" in the metadata, "Author: Gàbor Muniér" in the text: the name as written
      String key = folded(names.get(0));
      List<String> written = new ArrayList<>();
      textByline(doc.body(), written, publishers, n -> folded(n).equals(key));
      if (!written.isEmpty() && folded(written.get(0)).equals(key)) {
        return written.get(0);
      }
    }
    if (names.size() == 1 && INITIALS.matcher(names.get(0)).matches() && doc.body() != null) {
      // "JD" in the byline, "© 2021 Jane Doe" under the page: the name the initials stand for
      String holder = CopyrightHolder.of(doc.body());
      if (holder != null && isPerson(holder, organisations) && initials(holder.toLowerCase(Locale.ROOT)).equals(letters(names.get(0)))) {
        return holder;
      }
    }
    if (names.size() == 1 && !names.get(0).contains(" ") && doc.body() != null) {
      // "Jane" in the byline's link, "Eine Kolumne von Jane Doe" in the text: the full name
      List<String> full = new ArrayList<>();
      textByline(doc.body(), full, publishers);
      if (!full.isEmpty() && full.get(0).startsWith(names.get(0) + " ") && isPerson(full.get(0), organisations)) {
        return full.get(0);
      }
      String opening = bioOpening(doc.body(), names.get(0));
      if (opening != null && isPerson(opening, organisations)) {
        return opening;
      }
    }
    return names.isEmpty() ? null : String.join("; ", names);
  }

  /**
   * The full name that opens an author's box whose byline gives the first name alone: "Jane" above
   * "Jane Doe – reporter since 2002, ...". Null when no box opens so.
   */
  private static String bioOpening(Element body, String first) {
    Pattern opening = Pattern.compile("^(" + Pattern.quote(first) + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,2})\\s+[-–—,:(|]");
    for (Element b : body.getAllElements()) {
      if (isByline(b) && !outside(b)) {
        Matcher m = opening.matcher(b.ownText().strip());
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /** Adds the name of a labelled Twitter card field whose label says who wrote the page ("Written by", "Verfasst von"). */
  private static void writtenByLabel(Metadata meta, List<String> names, List<String> publishers) {
    for (int i = 1; i <= 2; i++) {
      String label = meta.meta("twitter:label" + i);
      if (label != null && WRITTEN_BY.matcher(label.strip()).matches()) {
        add(names, meta.meta("twitter:data" + i), publishers);
        return;
      }
    }
  }

  /**
   * Adds the Twitter handle of the page's creator, without its '@', unless it is the site's own
   * handle or spells the site's or publisher's name.
   */
  private static void twitterCreator(Metadata meta, List<String> names, List<String> publishers) {
    String creator = meta.meta("twitter:creator");
    if (creator == null) {
      return;
    }
    String handle = creator.strip().replaceFirst("^@", "");
    String site = meta.meta("twitter:site");
    String key = letters(handle);
    if (key.length() < 3 || (site != null && letters(site).equals(key))
        || publishers.stream().map(PageAuthor::letters).anyMatch(p -> p.length() >= 3 && (p.contains(key) || key.contains(p)))) {
      return;
    }
    add(names, handle, publishers);
  }

  /** Adds the name in the first element of the article marked as its byline that names one {@code wanted}. */
  private static void bylineElements(Element body, List<String> names, List<String> publishers, Predicate<String> wanted) {
    List<String> one = new ArrayList<>();
    for (Element b : body.getAllElements()) {
      if (!isByline(b) || outside(b) || namesHome(b) || inPictureCredit(b)) {
        continue;
      }
      String t = visibleText(b);
      if (t.length() <= MAX_BYLINE_CHARS) {
        one.clear();
        add(one, t, publishers, true);
        if (!one.isEmpty() && wanted.test(one.get(0))) {
          names.add(one.get(0));
          return;
        }
      }
    }
  }

  /** A person's name: two to four capitalised words, none a desk's, an organisation's or the publisher's. */
  private static boolean isPerson(String n, List<String> organisations) {
    return NAME.matcher(n).matches() && !NOT_A_PERSON.matcher(n).find() && !isOrganisation(n, organisations);
  }

  /** A capitalised word alone that a byline gives for its writer's name: "Geschrieben von Cooper". */
  private static boolean isFirstName(String n, List<String> organisations) {
    return FIRST_NAME.matcher(n).matches() && !NOT_A_PERSON.matcher(n).find() && !isOrganisation(n, organisations);
  }

  /**
   * An organisation's name: one the JSON-LD types so, one with a word of an organisation's ("e.V.",
   * "Verlag"), or an acronym ("DPA").
   */
  private static boolean isOrganisation(String n, List<String> organisations) {
    if (organisations.contains(n) || ACRONYM.matcher(n).matches() || LEADING_ACRONYM.matcher(n).matches()) {
      return true;
    }
    for (String w : n.toLowerCase(Locale.ROOT).split("[\\s,;/()]+")) {
      if (ORGANISATION_WORDS.contains(w)) {
        return true;
      }
      for (String part : w.split("-")) {
        if (!part.equals(w) && (ORGANISATION_WORDS.contains(part + "-") && w.startsWith(part) || ORGANISATION_WORDS.contains("-" + part) && w.endsWith(part))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An element marked as the byline or the author: by its class, {@code itemprop} or {@code rel},
   * or a link to an author's page. One pass over the page; a selector of all these is much slower.
   */
  private static boolean isByline(Element e) {
    String cls = e.className();
    if (!cls.isEmpty()) {
      String l = cls.toLowerCase(Locale.ROOT);
      if (l.contains("author") || l.contains("byline") || l.contains("autor") || l.contains("auteur") || l.contains("posted-by")) {
        return true;
      }
    }
    if (e.normalName().equals("byline")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    String id = e.id();
    if (!id.isEmpty()) {
      String l = id.toLowerCase(Locale.ROOT);
      if (l.contains("author") || l.contains("byline")) {
        return true;
      }
    }
    String test = e.attr("data-testid");
    if (!test.isEmpty() && (test.contains("byline") || test.contains("author"))) {
      return true;
    }
    return e.attr("itemprop").equals("author") || e.attr("rel").equals("author")
        || (e.normalName().equals("a") && (AUTHOR_LINK.matcher(e.attr("href")).find() || isProfileLink(e)));
  }

  /**
   * Whether {@code e} credits a picture rather than the article, marked as a licence's or a picture's
   * credit ("<span class=author-name><a class=license-author>"). An element around it is not asked:
   * a broken page's unclosed caption may hold the whole article.
   */
  private static boolean inPictureCredit(Element e) {
    Element a = e.normalName().equals("a") ? e : e.selectFirst("a[class]");
    if (a != null && PICTURE_CREDIT.matcher(a.className()).find()) {
      return true;
    }
    return PICTURE_CREDIT.matcher(e.className()).find();
  }

  /** Whether {@code e} is a link to the site's home page and nothing more: the site's name in a theme's author markup. */
  private static boolean namesHome(Element e) {
    Element a = e.normalName().equals("a") ? e : e.selectFirst("a[href]");
    return a != null && HOME.matcher(a.attr("href").strip()).matches() && a.text().strip().equals(e.text().strip());
  }

  private static boolean isProfileLink(Element a) {
    if (!PROFILE_LINK.matcher(a.attr("href")).find()) {
      return false;
    }
    String t = a.text().strip();
    return NAME.matcher(t).matches() || HANDLE.matcher(t).matches();
  }

  /**
   * The article's byline when it names the authors the metadata gave, each as one of its names
   * joined by commas or "and" ("By Jane Doe and John Smith"), with perhaps a co-author more: the
   * authors as the reader sees them. Null when no byline does.
   */
  private static String asWritten(Element body, List<String> names, List<String> publishers) {
    String key = names.size() == 1 ? letters(names.get(0)) : null;
    for (Element b : body.getAllElements()) {
      if (!isByline(b)) {
        continue;
      }
      String t = visibleText(b);
      if (t.length() > MAX_BYLINE_CHARS || !(t.contains(names.get(0)) || (key != null && !key.isEmpty() && letters(t).contains(key)))
          || outside(b)) {
        continue;
      }
      List<String> one = new ArrayList<>();
      add(one, t, publishers);
      if (one.isEmpty()) {
        continue;
      }
      String line = one.get(0);
      if (names.size() == 1 && !line.equals(names.get(0)) && letters(line).equals(letters(names.get(0)))) {
        // "jane.doe" or "JANE DOE" in the metadata, "Jane Doe" in the byline: the byline's form
        return line;
      }
      String[] parts = JOINER.split(line);
      if (parts.length < 2 || !List.of(parts).containsAll(names)) {
        return null;
      }
      for (String part : parts) {
        if (!names.contains(part) && (!NAME.matcher(part).matches() || NOT_A_PERSON.matcher(part).find())) {
          return null;
        }
      }
      return line;
    }
    return null;
  }

  /** The first letters of the words of {@code s}: "jf" for "junge freiheit". */
  private static String initials(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : NOT_LETTER.split(s.strip())) {
      if (!w.isEmpty()) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** The letters of {@code s} in lower case without their accents: "Gàbor Muniér" is "gabormunier". */
  private static String folded(String s) {
    return letters(ACCENT.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""));
  }

  private static String letters(String s) {
    return NOT_LETTER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Adds the name in the first "By X" line among the page's first short text elements that names one. */
  private static void textByline(Element body, List<String> names, List<String> publishers) {
    textByline(body, names, publishers, n -> true);
  }

  /** Adds the name in the first "By X" line among the page's first short text elements that names one {@code wanted}. */
  private static void textByline(Element body, List<String> names, List<String> publishers, Predicate<String> wanted) {
    int seen = 0;
    for (Element e : body.getAllElements()) {
      if (!TEXT_BLOCKS.contains(e.normalName())) {
        continue;
      }
      if (++seen > TEXT_BYLINE_SCAN) {
        break;
      }
      String own = e.ownText().strip();
      if (own.isEmpty()) {
        continue;
      }
      String t = e.text().replace('\u00a0', ' ').strip();
      if (t.length() > MAX_BYLINE_CHARS) {
        if (e.getElementsByTag("br").size() > 1 && lineByline(e, names, publishers)) {
          return;
        }
        continue;
      }
      for (String part : BYLINE_PARTS.split(t)) {
        if (part.length() < t.length() && TEXT_BYLINE.matcher(part).find()) {
          // "Politics | By Jane Doe | May 4": the part that is the byline
          t = part;
          break;
        }
      }
      Matcher m = TEXT_BYLINE.matcher(t);
      Matcher h = LABELLED_HANDLE.matcher(t);
      Matcher d = DATE_BYLINE.matcher(t);
      if (m.find() && !outside(e)) {
        add(names, m.group(1), publishers);
      } else if (h.find() && !outside(e)) {
        add(names, h.group(1), publishers);
      } else if (d.find() && !outside(e)) {
        add(names, d.group(1), publishers);
      } else if (AUTHOR_LABEL.matcher(t).matches()) {
        // "<h5>Autor:</h5> Jane Doe": the label in an element of its own, the name after it
        String next = textAfter(e);
        if (next != null && NAME_START.matcher(next).find() && !outside(e)) {
          add(names, next, publishers);
        }
      }
      if (!names.isEmpty() && !wanted.test(names.get(0))) {
        names.clear();
      }
      if (!names.isEmpty()) {
        return;
      }
    }
  }

  /**
   * Adds the name of a byline that is a line of its own in the long text of {@code e}, set apart by
   * line breaks: "... Foto: Max Mustermann<br>Autor: Erika Muster". Whether one was added.
   */
  private static boolean lineByline(Element e, List<String> names, List<String> publishers) {
    StringBuilder line = new StringBuilder();
    List<Node> children = e.childNodes();
    for (int i = 0; i <= children.size(); i++) {
      Node n = i < children.size() ? children.get(i) : null;
      if (n instanceof TextNode tn) {
        line.append(tn.text());
      } else if (n instanceof Element el && !el.normalName().equals("br")) {
        line.append(el.isBlock() ? " " : "").append(el.text());
      } else if (n == null || n instanceof Element) {
        String t = line.toString().replace('\u00a0', ' ').strip();
        line.setLength(0);
        if (t.length() > MAX_BYLINE_CHARS) {
          continue;
        }
        Matcher m = TEXT_BYLINE.matcher(t);
        Matcher h = LABELLED_HANDLE.matcher(t);
        String name = m.find() ? m.group(1) : h.find() ? h.group(1) : null;
        if (name != null && !outside(e)) {
          add(names, name, publishers);
          return !names.isEmpty();
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code e} is outside the article: in a part other than the article's, unless that is a
   * part named a teaser right after the page's main heading, which some pages make the box of the
   * headline's byline.
   */
  private static boolean outside(Element e) {
    return PageRegions.outsideArticle(e) && (PageRegions.outsideArticle(e, true) || !besideHeading(e));
  }

  /** Whether the page's {@code h1} comes before {@code e} with no paragraph of the text between them. */
  private static boolean besideHeading(Element e) {
    int steps = 0;
    for (Element p = e; p != null && steps < HEADING_STEPS; p = p.parent()) {
      for (Element s = p.previousElementSibling(); s != null && steps < HEADING_STEPS; s = s.previousElementSibling(), steps++) {
        if (s.normalName().equals("h1") || s.selectFirst(MAIN_HEADING) != null) {
          return true;
        }
        for (Element q : s.getElementsByTag("p")) {
          if (q.text().length() >= LONG_PARAGRAPH) {
            return false;
          }
        }
      }
    }
    return false;
  }

  /** The first text after {@code e} (in its siblings or its parent's), when it is short enough to be a name. */
  private static String textAfter(Element e) {
    Element from = e;
    for (int up = 0; up < 3 && from != null; up++) {
      for (Node n = from.nextSibling(); n != null; n = n.nextSibling()) {
        String t = n instanceof TextNode tn ? tn.text().strip() : n instanceof Element el ? el.text().strip() : "";
        if (!t.isEmpty()) {
          return t.length() <= MAX_NAME_CHARS ? t : null;
        }
      }
      from = from.parent();
      if (from == null || from.text().length() > MAX_BYLINE_CHARS) {
        return null;
      }
    }
    return null;
  }

  /** The text a reader sees in {@code e}: screen-reader labels, scripts and dates left out. */
  private static String visibleText(Element e) {
    StringBuilder sb = new StringBuilder();
    collect(e, sb, 0);
    return sb.toString();
  }

  private static void collect(Node n, StringBuilder sb, int depth) {
    for (Node c : n.childNodes()) {
      if (c instanceof TextNode t) {
        sb.append(t.text());
      } else if (c instanceof Element el && depth < 32 && !el.is(HIDDEN) && !isSocialLink(el)) {
        boolean block = el.isBlock();
        if (block) {
          sb.append(' ');
        }
        collect(el, sb, depth + 1);
        if (block) {
          sb.append(' ');
        }
      }
    }
  }

  /** A link to the author's account on a social network, whose text is the account's handle: "Jane Doe <a>@janedoe</a>". */
  private static boolean isSocialLink(Element e) {
    return e.normalName().equals("a") && SOCIAL.matcher(e.attr("href")).find();
  }

  private static void add(List<String> names, String raw, List<String> publishers) {
    add(names, raw, publishers, false);
  }

  /** Adds the name in {@code raw}, cleaned; {@code visible} when a byline the reader sees writes it, a domain name then allowed. */
  private static void add(List<String> names, String raw, List<String> publishers, boolean visible) {
    if (raw == null) {
      return;
    }
    String a = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").replace(" ,", ",").strip();
    if (PLACEHOLDERS.contains(a.toLowerCase(Locale.ROOT)) || PICTURE_LABEL.matcher(a).find()) {
      // "Foto: Jane Doe" alone credits a picture, not the article
      return;
    }
    a = HANDLE_AFTER.matcher(a).replaceFirst("");
    for (String part : BYLINE_PARTS.split(a)) {
      if (BY.matcher(part).find() && part.length() < a.length()) {
        a = part;
        break;
      }
    }
    Matcher late = LATE_BY.matcher(a);
    if (late.find() && late.start() > 0 && (DIGIT.matcher(a.substring(0, late.start())).find()
        || LABEL.matcher(a.substring(0, late.start())).find())) {
      // "Posted on May 4, 2020 by Jane Doe": the date and its label before the name
      a = a.substring(late.end());
    }
    a = GLUED_PREFIX.matcher(a).replaceFirst("");
    for (int i = 0; i < 2; i++) {
      a = PREFIX.matcher(a).replaceFirst("").strip();
    }
    a = TAIL.matcher(a).replaceFirst("").strip();
    a = a.replaceAll("^[\\p{P}\\s©]+|[\\s,;:|\\-–—'\"]+$", "").strip();
    a = withoutRole(a);
    Matcher talk = CONVERSATION.matcher(a);
    if (talk.matches()) {
      // an interview's two people, each in a role of their own: not co-authors joined by the byline
      a = talk.group(1) + "; " + talk.group(2);
    }
    int half = a.length() / 2;
    if (a.length() % 2 == 1 && a.charAt(half) == ' ' && a.substring(0, half).equals(a.substring(half + 1))) {
      // the name twice: a picture's credit and the byline, read as one
      a = a.substring(0, half);
    }
    int slash = a.lastIndexOf('/');
    if (slash > 0 && (DOMAIN_LIKE.matcher(a.substring(slash + 1)).find()
        || (ACRONYM.matcher(a.substring(slash + 1).strip()).matches() && NAME.matcher(a.substring(0, slash).strip()).matches()))) {
      // "Jane Doe / courier.com", "Jane Doe/DPA": the name and the site or agency she writes for
      a = a.substring(0, slash).strip();
    }
    int comma = a.lastIndexOf(", ");
    if (comma > 0 && (isPublisherName(a.substring(comma + 2), publishers) || AgencyCredit.isAgency(a.substring(comma + 2)))) {
      // "Jane Doe, CNN": the name and the publisher she writes for
      a = a.substring(0, comma).strip();
    }
    if (a.isEmpty() || a.contains(" : ") || a.split(" ").length > MAX_WORDS || (a.contains(" ") && DIGIT.matcher(a).find()) || LABEL.matcher(a).find() || NOT_A_NAME.matcher(a).find() || (!visible && DOMAIN_LIKE.matcher(a).find()) || names.contains(a)
        || isPublisher(a, publishers)) {
      return;
    }
    names.add(a);
  }

  /** {@code a} without the role written before the name: "Korrespondentin Erika Muster" is "Erika Muster". */
  private static String withoutRole(String a) {
    int space = a.indexOf(' ');
    if (space < 0) {
      return a;
    }
    String first = a.substring(0, space).toLowerCase(Locale.ROOT);
    String rest = a.substring(space + 1).strip();
    boolean role = ROLES.contains(first) || (first.contains("-") && ROLES.contains(first.substring(first.lastIndexOf('-') + 1)));
    return role && NAME.matcher(rest).matches() ? rest : a;
  }

  private static boolean isPublisherName(String a, List<String> publishers) {
    return publishers.stream().anyMatch(p -> p.strip().equalsIgnoreCase(a));
  }

  private static boolean isPublisher(String a, List<String> publishers) {
    String l = a.toLowerCase(Locale.ROOT);
    for (String p : publishers) {
      String q = p.toLowerCase(Locale.ROOT).strip();
      if (!q.isEmpty() && (l.equals(q) || (q.length() >= 4 && l.contains(q)) || l.equals(PARENTHESIS.matcher(q).replaceAll("").strip()))) {
        return true;
      }
      if (ACRONYM.matcher(a).matches() && a.length() >= 2 && initials(q).equals(l)) {
        // "JF" for the publisher "Junge Freiheit"
        return true;
      }
      if (q.length() >= 5 && letters(l).equals(letters(q))) {
        // "Courier" for the publisher "Couri.er"
        return true;
      }
      Matcher domain = DOMAIN.matcher(q);
      if (domain.matches() && domain.group(1).length() >= 5 && letters(l).endsWith(letters(domain.group(1)))) {
        // "Courier" or "The Courier" for the publisher "courier.example"
        return true;
      }
    }
    return false;
  }
}

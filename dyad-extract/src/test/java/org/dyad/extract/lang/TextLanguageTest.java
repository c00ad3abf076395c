package org.dyad.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Short news sentences in a few languages, and texts too short to tell. */
class TextLanguageTest {
  @Test
  void tellsTheLanguageOfShortNewsTexts() {
    assertEquals("en", TextLanguage.of("The foreign minister met his counterpart in Islamabad on Tuesday to discuss trade."));
    assertEquals("fr", TextLanguage.of("Le ministre des affaires étrangères a rencontré son homologue à Paris mardi."));
    assertEquals("de", TextLanguage.of("Der Außenminister traf am Dienstag seinen Amtskollegen in Berlin zu Gesprächen."));
    assertEquals("es", TextLanguage.of("El ministro de Asuntos Exteriores se reunió el martes con su homólogo en Madrid."));
    assertEquals("ru", TextLanguage.of("Министр иностранных дел встретился во вторник со своим коллегой в Москве."));
    assertEquals("ar", TextLanguage.of("التقى وزير الخارجية بنظيره في القاهرة يوم الثلاثاء لبحث العلاقات الثنائية."));
    assertEquals("zh", TextLanguage.of("外交部长星期二在北京会见了巴基斯坦外长，双方讨论了贸易问题。"));
    assertEquals("tr", TextLanguage.of("Dışişleri Bakanı salı günü Ankara'da mevkidaşı ile bir araya geldi."));
  }

  @Test
  void saysNothingWhenItCannotTell() {
    assertNull(TextLanguage.of(""));
    assertNull(TextLanguage.of("2024-03-05 12:00"));
    assertNull(TextLanguage.of("OK"));
  }
}

package org.dyad.model.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {
  private final CameoCodebook book = CameoCodebook.standard();

  @Test
  void codesAreStringsWithTheirScales() {
    CameoCode visit = book.get("042");
    assertEquals("Make a visit", visit.name());
    assertEquals(1.9, visit.goldstein());
    assertEquals(1, visit.quadClass());
    assertEquals("CONSULT", visit.ploverType());
    assertEquals("visit", visit.ploverMode());
    assertEquals("04", visit.root());
  }

  @Test
  void gdeltConventionWhereGdeltAndPhoenixDisagree() {
    assertEquals(1, book.get("016").quadClass());
    assertEquals(-2.0, book.get("016").goldstein());
    assertEquals(2, book.get("09").quadClass());
    assertEquals(3, book.get("14").quadClass());
    assertEquals(4, book.get("16").quadClass());
    assertNull(book.get("010").ploverType(), "PLOVER dropped public statements");
  }

  @Test
  void unknownCodesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> book.get("42"));
    assertThrows(IllegalArgumentException.class, () -> book.get("999"));
  }

  @Test
  void agreesWithTheReferenceTableWhenPresent() throws Exception {
    Path ref = Path.of("../../shared/eval/eventdata/cameo_codes_full.tsv");
    assumeTrue(Files.exists(ref), "the reference tables are beside the repository only in development and CI");
    List<String> lines = Files.readAllLines(ref, StandardCharsets.UTF_8);
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      CameoCode code = book.get(c[0]);
      assertEquals(Double.parseDouble(c[4]), code.goldstein(), c[0]);
      assertEquals(Integer.parseInt(c[5]), code.quadClass(), c[0]);
      checked++;
    }
    assertTrue(checked >= 300, "checked " + checked);
    assertEquals(checked, book.all().size());
  }
}

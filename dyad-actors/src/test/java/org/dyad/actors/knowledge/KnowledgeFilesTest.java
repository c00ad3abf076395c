package org.dyad.actors.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The actor knowledge files: valid codes and sectors, ordered dates, single holders of single offices. */
class KnowledgeFilesTest {
  private static final Set<String> SINGLE_HOLDER =
      Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "MILITARY_CHIEF");
  private static final Set<String> OFFICES =
      Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "MILITARY_CHIEF", "IGO_HEAD",
          "OPPOSITION_LEADER");

  private final KnowledgeBase kb = KnowledgeBase.standard();

  @Test
  void everyIsoCountryIsThere() {
    Set<String> codes = new HashSet<>();
    kb.countries().forEach(c -> codes.add(c.code()));
    assertTrue(codes.size() >= 249, "countries: " + codes.size());
    for (String c : List.of("PAK", "RUS", "USA", "AFG", "CHN", "IND", "USR", "YUG", "DDR", "PSE", "XKX", "SSD")) {
      assertTrue(codes.contains(c), c);
    }
  }

  @Test
  void countryCodesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (Country c : kb.countries()) {
      assertTrue(seen.add(c.code()), "duplicate country " + c.code());
    }
  }

  @Test
  void peopleHaveKnownCountriesAndOffices() {
    Set<String> countries = new HashSet<>();
    kb.countries().forEach(c -> countries.add(c.code()));
    kb.organisations().forEach(o -> countries.add(o.country()));
    kb.organisations().forEach(o -> countries.add(o.code()));
    for (Person p : kb.people()) {
      assertTrue(countries.contains(p.country()), p.name() + " has unknown country " + p.country());
      assertTrue(OFFICES.contains(p.office()), p.name() + " has unknown office " + p.office());
    }
  }

  @Test
  void singleHolderOfficesDoNotOverlap() {
    Map<String, List<Person>> byOffice = new HashMap<>();
    for (Person p : kb.people()) {
      if (SINGLE_HOLDER.contains(p.office())) {
        byOffice.computeIfAbsent(p.country() + "/" + p.office(), k -> new ArrayList<>()).add(p);
      }
    }
    List<String> overlaps = new ArrayList<>();
    for (var e : byOffice.entrySet()) {
      List<Person> tenures = new ArrayList<>(e.getValue());
      tenures.sort(Comparator.comparing(Person::start));
      for (int i = 1; i < tenures.size(); i++) {
        Person before = tenures.get(i - 1);
        Person after = tenures.get(i);
        if (before.end() == null || before.end().isAfter(after.start())) {
          overlaps.add(e.getKey() + ": " + before.name() + " (" + before.start() + ".." + before.end() + ") and "
              + after.name() + " (from " + after.start() + ")");
        }
      }
    }
    assertEquals(List.of(), overlaps);
  }

  @Test
  void timeAwareRowsHoldOnTheirDates() {
    Organisation talibanIn2021 = kb.organisations().stream()
        .filter(o -> o.name().equals("Taliban") && o.validOn(java.time.LocalDate.of(2021, 4, 7))).findFirst().orElseThrow();
    assertEquals("INS", talibanIn2021.sector());
    Organisation talibanIn2022 = kb.organisations().stream()
        .filter(o -> o.name().equals("Taliban") && o.validOn(java.time.LocalDate.of(2022, 1, 1))).findFirst().orElseThrow();
    assertEquals("GOV", talibanIn2022.sector());
  }
}

package org.dyad.model.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.model.io.TsvReader;

/** The CAMEO codebook, read from {@code dyad/ontology/cameo.tsv}. */
public final class CameoCodebook {
  private static final String RESOURCE = "dyad/ontology/cameo.tsv";
  private static volatile CameoCodebook standard;

  private final Map<String, CameoCode> codes;

  private CameoCodebook(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The bundled codebook, read once. */
  public static CameoCodebook standard() {
    CameoCodebook c = standard;
    if (c == null) {
      synchronized (CameoCodebook.class) {
        if (standard == null) {
          standard = load();
        }
        c = standard;
      }
    }
    return c;
  }

  private static CameoCodebook load() {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (TsvReader.Row row : TsvReader.readResource(RESOURCE)) {
      CameoCode code =
          new CameoCode(
              row.get("code"),
              row.get("name"),
              Double.parseDouble(row.get("goldstein")),
              Integer.parseInt(row.get("quadClass")),
              row.optional("ploverType"),
              row.optional("ploverMode"),
              row.optional("ploverContext"));
      if (codes.put(code.code(), code) != null) {
        throw new IllegalStateException(row.where() + ": duplicate CAMEO code " + code.code());
      }
    }
    return new CameoCodebook(codes);
  }

  /** The entry for {@code code}; an unknown code is a caller's mistake. */
  public CameoCode get(String code) {
    CameoCode c = codes.get(code);
    if (c == null) {
      throw new IllegalArgumentException("unknown CAMEO code '" + code + "'");
    }
    return c;
  }

  /** True when {@code code} is in the codebook. */
  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  /** Every code, in codebook order. */
  public Collection<CameoCode> all() {
    return codes.values();
  }
}

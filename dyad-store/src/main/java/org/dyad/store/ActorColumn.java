package org.dyad.store;

/**
 * Which events column an actor code is compared with: a three-letter country code matches
 * {@code source_country}/{@code target_country}, a longer actor code {@code source_code}/{@code target_code}.
 */
enum ActorColumn {
  COUNTRY,
  CODE;

  /** The column for {@code code}; anything but 3 to 12 capital letters is the caller's mistake. */
  static ActorColumn of(String code) {
    if (code == null || !code.matches("[A-Z]{3,12}")) {
      throw new IllegalArgumentException("'" + code + "' is not an actor code such as RUS or RUSGOV");
    }
    return code.length() == 3 ? COUNTRY : CODE;
  }

  /** The column of the acting side. */
  String source() {
    return this == COUNTRY ? "source_country" : "source_code";
  }

  /** The column of the side acted upon. */
  String target() {
    return this == COUNTRY ? "target_country" : "target_code";
  }
}

package vn.dienbien.modelregistry.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.dienbien.platform.validation.Diacritics;

/** The folded text a search matches against, so "dan van kheo" finds "Dân vận khéo". */
public final class SearchText {

  private SearchText() {}

  public static String of(String... parts) {
    return Arrays.stream(parts)
        .filter(Objects::nonNull)
        .map(Diacritics::fold)
        .collect(Collectors.joining(" | "));
  }
}

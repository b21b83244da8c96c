package vn.dienbien.modelregistry.model;

/**
 * Where a configured rule comes from, shown wherever the rule is: the directive's own words ({@code
 * provinceChoice = false}, {@code source} cites the item), or a choice the province made where the
 * directive is silent ({@code provinceChoice = true}, {@code source} says why).
 */
public record Basis(String source, boolean provinceChoice) {

  public static Basis provinceChoice(String why) {
    return new Basis(why, true);
  }
}

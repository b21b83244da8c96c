package vn.dienbien.portal.registry;

/** One line of model-registry's yearly statistics: a year and field, counted by what happened. */
public record YearlyRow(
    int year,
    String field,
    String fieldLabel,
    int registeredNew,
    int recognisedCommune,
    int recognisedProvince,
    int sustained,
    int lapsed) {}

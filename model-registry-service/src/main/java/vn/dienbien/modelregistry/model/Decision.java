package vn.dienbien.modelregistry.model;

import java.time.LocalDate;

/** A signed decision (quyết định): number, date and signer. */
public record Decision(String number, LocalDate date, String signer) {}

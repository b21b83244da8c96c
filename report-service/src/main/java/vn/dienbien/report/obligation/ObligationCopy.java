package vn.dienbien.report.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An obligation with some of its changeable fields replaced: the rules set what they change and
 * {@link #build} keeps everything else, identity and guard included (the store moves the guard, and
 * says so with {@link #atVersion}).
 */
final class ObligationCopy {

  private final Obligation from;
  String periodLabel;
  LocalDate dueDate;
  Instant dueAt;
  int extensions;
  int overdueStep;
  Integer dueSoonLead;
  ObligationState state;
  List<Report> reports;
  List<ExtensionRequest> extensionRequests;
  int version;
  String revKey;

  /** {@code obligation} as stored at {@code storedVersion}, with the guard that version carries. */
  static Obligation atVersion(Obligation obligation, int storedVersion) {
    ObligationCopy next = new ObligationCopy(obligation);
    next.version = storedVersion;
    next.revKey = Obligation.revKeyOf(obligation.id(), storedVersion);
    return next.build();
  }

  ObligationCopy(Obligation from) {
    this.from = from;
    periodLabel = from.periodLabel();
    dueDate = from.dueDate();
    dueAt = from.dueAt();
    extensions = from.extensions();
    overdueStep = from.overdueStep();
    dueSoonLead = from.dueSoonLead();
    state = from.state();
    reports = from.reports();
    extensionRequests = from.extensionRequests();
    version = from.version();
    revKey = from.revKey();
  }

  Obligation build() {
    return new Obligation(
        from.id(),
        from.assignment(),
        from.periodKey(),
        periodLabel,
        from.periodStart(),
        from.cutOff(),
        from.windowOpensOn(),
        from.originalDueDate(),
        dueDate,
        dueAt,
        from.lastPeriod(),
        state,
        extensions,
        overdueStep,
        dueSoonLead,
        reports,
        from.createdAt(),
        version,
        revKey,
        extensionRequests);
  }
}

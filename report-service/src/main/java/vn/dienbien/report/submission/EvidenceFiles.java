package vn.dienbien.report.submission;

import java.util.Optional;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.stereotype.Service;
import vn.dienbien.report.obligation.EvidenceFile;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.Report;

/** Finds an evidence file only through the report it belongs to. */
@Service
public class EvidenceFiles {

  public record Download(EvidenceFile evidence, GridFsResource content) {}

  /** The unit whose report {@code reportId} is, if the report exists. */
  public Optional<String> unitOf(String reportId) {
    return Optional.ofNullable(Report.obligationIdOf(reportId))
        .flatMap(obligations::byId)
        .filter(o -> o.reports().stream().anyMatch(r -> r.id().equals(reportId)))
        .map(o -> o.unitId());
  }

  private final Obligations obligations;
  private final EvidenceStore store;

  EvidenceFiles(Obligations obligations, EvidenceStore store) {
    this.obligations = obligations;
    this.store = store;
  }

  public Optional<Download> of(String reportId, String fileId) {
    String obligationId = Report.obligationIdOf(reportId);
    if (obligationId == null) {
      return Optional.empty();
    }
    return obligations
        .byId(obligationId)
        .flatMap(o -> o.reports().stream().filter(r -> r.id().equals(reportId)).findFirst())
        .flatMap(r -> r.evidence().stream().filter(f -> f.fileId().equals(fileId)).findFirst())
        .flatMap(f -> store.open(fileId).map(resource -> new Download(f, resource)));
  }
}

package vn.dienbien.platform.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dienbien.platform.time.ClockConfiguration;

/** An audit record as the API shows it: id as text, time with the Vietnam offset. */
@Schema(description = "Một thao tác thay đổi dữ liệu")
public record AuditEntry(
    @Schema(example = "6740a1f2c3b4d5e6f7a8b9c0") String id,
    @Schema(example = "2026-11-22T09:15:00+07:00") OffsetDateTime at,
    @Schema(example = "b3c1c7a2-52a8-4f0e-9d7e-3f7f7b1c2d3e") String requestId,
    @Schema(example = "officer.muongnhe") String userId,
    @Schema(example = "XA-MUONG-NHE") String unitId,
    Set<String> roles,
    @Schema(example = "XA-MUONG-NHE") String targetUnit,
    @Schema(example = "POST") String method,
    @Schema(example = "/api/v1/reports") String path,
    @Schema(example = "/api/v1/reports") String pattern,
    @Schema(example = "201") int status,
    Map<String, String> pathIds,
    @Schema(example = "R-2026-0001") String resultId,
    @Schema(example = "validation") String outcome,
    List<String> subjectIds) {

  static AuditEntry of(AuditRecord r) {
    return new AuditEntry(
        r.id().toHexString(),
        r.at().atZone(ClockConfiguration.ZONE).toOffsetDateTime(),
        r.requestId(),
        r.userId(),
        r.unitId(),
        r.roles(),
        r.targetUnit(),
        r.method(),
        r.path(),
        r.pattern(),
        r.status(),
        r.pathIds(),
        r.resultId(),
        r.outcome(),
        r.subjectIds());
  }
}

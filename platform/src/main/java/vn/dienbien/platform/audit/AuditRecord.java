package vn.dienbien.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One state-changing request, written once and never updated. The {@code _id} is an ObjectId built
 * from the request time, so on MongoDB time-range queries and newest-first paging walk the {@code
 * _id} index. The embedded store serves no range from an index: there the trail's searches examine
 * every record ({@code EmbeddedStoreQueriesTests}).
 *
 * @param userId the person (token user claim, or X-User-Id when security is disabled)
 * @param unitId the person's own unit
 * @param targetUnit the unit the request acted for, when the access rule names it
 * @param pattern the handler's path pattern, e.g. /api/v1/reports/{id}/review
 * @param pathIds the ids in the path: what the request acted on
 * @param resultId the {@code id} of the JSON response: what the request created or changed
 * @param outcome the problem code of a refused request (validation, forbidden, conflict…)
 * @param subjectIds the path ids and the result id together, to find every change of one thing
 */
@Document("audit_log")
public record AuditRecord(
    @Id ObjectId id,
    Instant at,
    String requestId,
    String userId,
    String unitId,
    Set<String> roles,
    String targetUnit,
    String method,
    String path,
    String pattern,
    int status,
    Map<String, String> pathIds,
    String resultId,
    String outcome,
    List<String> subjectIds) {}

package vn.dienbien.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.contracts.directive.DirectiveIssued;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.ModelEvaluated;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.ModelRegistered;
import vn.dienbien.contracts.modelregistry.ReEvaluationDue;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.contracts.notification.NotificationDelivered;
import vn.dienbien.contracts.notification.NotificationFailed;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;

/** One realistic sample of every event type, with every field filled. */
final class EventFixtures {

  private EventFixtures() {}

  static List<DomainEvent> oneOfEach() {
    return List.of(
        new DirectiveIssued(
            "directiveId-1",
            "11-CT/TU",
            "Chỉ thị về phong trào thi đua \"Dân vận khéo\"",
            "XA-MUONG-NHE",
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 3, 31),
            7,
            7,
            "monitor.btgdv"),
        new TaskAssigned(
            "assignmentId-1",
            "directiveId-1",
            "11-CT/TU",
            "Chỉ thị về tiếp tục đẩy mạnh, nâng cao hiệu quả phong trào thi đua \"Dân vận khéo\" giai đoạn 2025 - 2030",
            "taskId-1",
            "11.7a",
            "Quán triệt, triển khai Chỉ thị; xây dựng chương trình, kế hoạch cụ thể hóa",
            "expectedOutput-1",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            TaskAssigned.Role.LEAD,
            TaskAssigned.DeadlineKind.FIXED_DATE,
            LocalDate.of(2026, 3, 31),
            TaskAssigned.Cadence.MONTHLY,
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 3, 31),
            "monitoringUnitId-1",
            OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
            "monitor.btgdv"),
        new DeadlineExtended(
            "assignmentId-1",
            "extensionId-1",
            "directiveId-1",
            "11-CT/TU",
            "taskId-1",
            "11.7a",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 3, 31),
            "Đã hoàn thành",
            "monitor.btgdv"),
        new AssignmentClosed(
            "assignmentId-1",
            "directiveId-1",
            "11-CT/TU",
            "taskId-1",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            AssignmentClosed.Reason.FINAL_REPORT_ACCEPTED,
            OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
            "monitor.btgdv"),
        new UnitChanged(
            "XA-MUONG-NHE",
            "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
            "COMMUNE",
            UnitChanged.Level.PROVINCE,
            "parentId-1",
            true,
            UnitChanged.Change.CREATED,
            "monitor.btgdv",
            "12345",
            true,
            "Nghị quyết 1661/NQ-UBTVQH15 ngày 16/6/2025, Điều 1, khoản 1"),
        new ReportSubmitted(
            "reportId-1",
            "obligationId-1",
            "assignmentId-1",
            "directiveId-1",
            "11-CT/TU",
            "taskId-1",
            "11.7a",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            "Tháng 3/2026",
            LocalDate.of(2026, 3, 31),
            OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
            true,
            7,
            7,
            ReportSubmitted.Status.COMPLETED,
            7,
            "monitor.btgdv"),
        new ReportReviewed(
            "reportId-1",
            "obligationId-1",
            "assignmentId-1",
            "directiveId-1",
            "11-CT/TU",
            "taskId-1",
            "11.7a",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            "Tháng 3/2026",
            ReportReviewed.Outcome.ACCEPTED,
            "Đề nghị bổ sung số liệu",
            true,
            OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
            "monitor.btgdv"),
        new ReportDueSoon(
            "obligationId-1",
            "assignmentId-1",
            "directiveId-1",
            "11-CT/TU",
            "taskId-1",
            "11.7a",
            "Quán triệt, triển khai Chỉ thị; xây dựng chương trình, kế hoạch cụ thể hóa",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            "Tháng 3/2026",
            LocalDate.of(2026, 3, 31),
            7),
        new ReportOverdue(
            "obligationId-1",
            "assignmentId-1",
            "directiveId-1",
            "11-CT/TU",
            "taskId-1",
            "11.7a",
            "Quán triệt, triển khai Chỉ thị; xây dựng chương trình, kế hoạch cụ thể hóa",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            "Tháng 3/2026",
            LocalDate.of(2026, 3, 31),
            7,
            7),
        new ModelRegistered(
            "modelId-1",
            ModelRegistered.Kind.MODEL,
            "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            "kinh tế",
            "giải quyết thủ tục hành chính",
            2026,
            ModelRegistered.Level.COMMUNE,
            "monitor.btgdv"),
        new ModelEvaluated(
            "evaluationId-1",
            "modelId-1",
            ModelEvaluated.Kind.MODEL,
            "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            ModelEvaluated.Level.COMMUNE,
            2026,
            "kinh tế",
            28.5,
            30,
            true,
            "Đoàn khảo sát Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "monitor.btgdv"),
        new ModelRecognised(
            "recognitionId-1",
            "modelId-1",
            ModelRecognised.Kind.MODEL,
            "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            ModelRecognised.Level.COMMUNE,
            2026,
            "kinh tế",
            "125-QĐ/TU",
            LocalDate.of(2026, 3, 31),
            "Lê Thành Đô",
            "monitor.btgdv"),
        new RecognitionRevoked(
            "recognitionId-1",
            "modelId-1",
            "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            RecognitionRevoked.Level.COMMUNE,
            2026,
            "Đã hoàn thành",
            OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
            "monitor.btgdv"),
        new ModelReEvaluated(
            "recognitionId-1",
            "modelId-1",
            "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            ModelReEvaluated.Level.COMMUNE,
            2027,
            ModelReEvaluated.Outcome.SUSTAINED,
            null,
            "Ban Chỉ đạo phong trào \"Dân vận khéo\" xã Mường Nhé",
            "monitor.btgdv"),
        new ReEvaluationDue(
            "modelId-1",
            "recognitionId-1",
            "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            ReEvaluationDue.Level.COMMUNE,
            2026,
            LocalDate.of(2026, 3, 31)),
        new CommendationAwarded(
            "commendationId-1",
            "roundId-1",
            CommendationAwarded.Level.COMMUNE,
            "modelId-1",
            "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            "125-QĐ/TU",
            LocalDate.of(2026, 3, 31),
            "monitor.btgdv"),
        new NotificationDelivered(
            "notificationId-1",
            "sourceEventId-1",
            "vn.dienbien.report.overdue.v1",
            "contactId-1",
            "XA-MUONG-NHE",
            NotificationDelivered.Channel.EMAIL,
            "smtp",
            7,
            7,
            OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7))),
        new NotificationFailed(
            "notificationId-1",
            "sourceEventId-1",
            "vn.dienbien.report.overdue.v1",
            "contactId-1",
            "XA-MUONG-NHE",
            NotificationFailed.Channel.EMAIL,
            "smtp",
            7,
            "Đã hoàn thành",
            OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7))));
  }
}

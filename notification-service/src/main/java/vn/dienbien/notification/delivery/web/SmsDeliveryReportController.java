package vn.dienbien.notification.delivery.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.notification.delivery.DeliveryLog;
import vn.dienbien.platform.web.ApiProblem;

/** The eSMS gateway's delivery reports (SendStatus 5 = delivered to the handset). */
@RestController
@Tag(name = "Báo cáo phát SMS", description = "Cổng SMS gọi lại khi tin nhắn đã đến máy người nhận")
class SmsDeliveryReportController {

  private final DeliveryLog log;

  SmsDeliveryReportController(DeliveryLog log) {
    this.log = log;
  }

  @PostMapping("/api/v1/sms/delivery-reports/esms")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Nhận báo cáo phát tin từ cổng eSMS")
  void report(@Valid @RequestBody EsmsReport report) {
    String status = report.sendStatus() == 5 ? "DELIVERED" : "STATUS_" + report.sendStatus();
    if (!log.deliveryReported(report.requestId(), report.smsId(), status)) {
      throw ApiProblem.notFound("tin nhắn", report.requestId());
    }
  }

  /** The phone number the gateway sends along is deliberately not read. */
  record EsmsReport(
      @JsonProperty("SMSID") @NotBlank String smsId,
      @JsonProperty("RequestId") @NotBlank String requestId,
      @JsonProperty("SendStatus") @NotNull Integer sendStatus) {}
}

package vn.dienbien.notification.delivery.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.notification.channel.sms.SmsCallbackKey;
import vn.dienbien.notification.delivery.DeliveryLog;
import vn.dienbien.platform.web.ApiProblem;

/**
 * The eSMS gateway's delivery reports (SendStatus 5 = delivered to the handset). The gateway has no
 * token, so the security policy lets it in anonymously and this controller trusts a report only
 * when it brings back the shared key of the callback URL the gateway was given.
 */
@RestController
@Tag(name = "Báo cáo phát SMS", description = "Cổng SMS gọi lại khi tin nhắn đã đến máy người nhận")
class SmsDeliveryReportController {

  private static final Logger logger = LoggerFactory.getLogger(SmsDeliveryReportController.class);

  private final DeliveryLog log;
  private final SmsCallbackKey callbackKey;

  SmsDeliveryReportController(DeliveryLog log, SmsCallbackKey callbackKey) {
    this.log = log;
    this.callbackKey = callbackKey;
  }

  @PostMapping("/api/v1/sms/delivery-reports/esms")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Nhận báo cáo phát tin từ cổng eSMS",
      description =
          "Chỉ cổng SMS gọi; khóa `key` là khóa bí mật có trong địa chỉ gọi lại đã cấp cho cổng")
  void report(
      @RequestParam(name = "key", required = false) String key,
      @Valid @RequestBody EsmsReport report) {
    if (!callbackKey.accepts(key)) {
      // Neither the key presented nor the expected one is logged.
      logger.warn(
          "SMS delivery report refused: {} callback key", key == null ? "missing" : "wrong");
      throw ApiProblem.forbidden("Khóa xác thực của cổng SMS không đúng");
    }
    String status = report.sendStatus() == 5 ? "DELIVERED" : "STATUS_" + report.sendStatus();
    if (!log.deliveryReported(report.requestId(), report.smsId(), status)) {
      throw ApiProblem.notFound("tin nhắn", report.requestId());
    }
  }

  /**
   * The phone number and whatever else the gateway sends along are deliberately not read: the
   * gateway's payload is not ours to keep strict, so unknown properties are ignored here only.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record EsmsReport(
      @JsonProperty("SMSID") @NotBlank String smsId,
      @JsonProperty("RequestId") @NotBlank String requestId,
      @JsonProperty("SendStatus") @NotNull Integer sendStatus) {}
}

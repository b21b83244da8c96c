package vn.dienbien.notification.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.notification.delivery.Delivery;
import vn.dienbien.notification.delivery.DeliveryLog;
import vn.dienbien.notification.delivery.DeliveryStatus;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@Validated
@RequestMapping("/api/v1/notifications")
@Tag(
    name = "Nhật ký gửi thông báo",
    description = "Email và SMS đã gửi, đang chờ, bị hủy hoặc thất bại")
class DeliveryLogController {

  private final DeliveryLog log;

  DeliveryLogController(DeliveryLog log) {
    this.log = log;
  }

  @GetMapping
  @Operation(
      summary = "Tra cứu nhật ký gửi",
      description = "Lọc theo đơn vị, trạng thái, kênh, sự kiện nguồn, cán bộ")
  PagedResponse<Delivery> search(
      @Parameter(example = "XA-MUONG-NHE") @RequestParam Optional<String> unitId,
      @Parameter(example = "SENT") @RequestParam Optional<DeliveryStatus> status,
      @Parameter(example = "SMS") @RequestParam Optional<Channel> channel,
      @Parameter(description = "Mã sự kiện nguồn (CloudEvents id)") @RequestParam
          Optional<String> eventId,
      @RequestParam Optional<String> contactId,
      PageQuery page) {
    var filter = new DeliveryLog.Filter(unitId, status, channel, eventId, contactId);
    return PagedResponse.of(
        log.search(filter, page.offset(), page.size()), log.count(filter), page);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một lần gửi, kèm nội dung")
  Delivery one(@PathVariable String id) {
    return log.find(id).orElseThrow(() -> ApiProblem.notFound("lần gửi", id));
  }
}

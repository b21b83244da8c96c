package vn.dienbien.notification.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.platform.validation.CleanText;

/** An official as entered in the API or one row of a CSV import. */
@Schema(description = "Thông tin cán bộ nhận thông báo")
public record ContactForm(
    @NotBlank @Size(max = 120) @CleanText @Schema(example = "Nguyễn Thị Hoa") String fullName,
    @Size(max = 160) @CleanText @Schema(example = "Phó Chủ tịch UBND xã") String title,
    @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
        @Schema(example = "XA-MUONG-NHE")
        String unitId,
    @NotEmpty Set<ContactRole> roles,
    @Size(max = 254) @Schema(example = "hoa.nt@muongnhe.dienbien.gov.vn") String email,
    @Size(max = 32) @Schema(example = "0912 345 678") String mobile,
    @Schema(
            description = "Kênh ưa thích theo loại thông báo",
            example = "{\"REPORT_DUE_SOON\": [\"EMAIL\"]}")
        Map<MessageKind, Set<Channel>> channelPreferences,
    @Schema(description = "Loại thông báo không muốn nhận (trừ thông báo khẩn)")
        Set<MessageKind> optOuts,
    @Schema(
            description =
                "Nhận một thư tổng hợp mỗi ngày thay cho từng thư nhắc việc thông thường "
                    + "(không áp dụng cho thông báo khẩn và SMS); bỏ trống: giữ nguyên, mặc định không",
            example = "true")
        Boolean digest) {}

package vn.dienbien.report.progress;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues the periodic summary to the Standing Board and to whom it goes ({@code
 * report.board-report.*}), as the header, signature and "Nơi nhận" of a Party document (Hướng dẫn
 * 36-HD/VPTW).
 *
 * @param parentBody the Party committee above the issuing body (first header line, left)
 * @param issuingBody the issuing body (second header line, left, bold)
 * @param numberSuffix the document kind and issuer after the number ("Số -BC/BTGDVTU"); the number
 *     itself is left blank for the office to fill in when the document is registered
 * @param place the place in the date line
 * @param signerTitle the signer's capacity above the signature
 * @param recipients the "Nơi nhận" lines
 */
@ConfigurationProperties("report.board-report")
public record BoardReportProperties(
    @DefaultValue("ĐẢNG BỘ TỈNH ĐIỆN BIÊN") String parentBody,
    @DefaultValue("BAN TUYÊN GIÁO VÀ DÂN VẬN") String issuingBody,
    @DefaultValue("BC/BTGDVTU") String numberSuffix,
    @DefaultValue("Điện Biên") String place,
    @DefaultValue("TRƯỞNG BAN") String signerTitle,
    @DefaultValue({
          "Thường trực Tỉnh ủy (để báo cáo)",
          "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
          "Lưu Văn phòng Ban"
        })
        List<String> recipients) {}

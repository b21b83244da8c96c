package vn.dienbien.report.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Evidence limits ({@code report.evidence.*}). */
@ConfigurationProperties("report.evidence")
record EvidenceProperties(
    @DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("10") int maxFiles) {}

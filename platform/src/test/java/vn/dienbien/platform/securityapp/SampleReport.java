package vn.dienbien.platform.securityapp;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("sample_reports")
public record SampleReport(
    @Id String id, String unitId, String status, String submittedBy, String reviewedBy) {}

package vn.dienbien.report.obligation;

/** A file attached to a report, stored in GridFS under {@code fileId}. */
public record EvidenceFile(String fileId, String filename, String contentType, long size) {}

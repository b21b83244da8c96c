package vn.dienbien.report.submission;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;
import vn.dienbien.platform.refusal.Refusal;
import vn.dienbien.report.obligation.EvidenceFile;

/**
 * Evidence files in this service's GridFS. Every file is checked (size, type by content) before any
 * is stored, so a refused upload leaves nothing behind.
 */
@Component
class EvidenceStore {

  private final GridFsTemplate gridFs;
  private final EvidenceProperties limits;

  EvidenceStore(GridFsTemplate gridFs, EvidenceProperties limits) {
    this.gridFs = gridFs;
    this.limits = limits;
  }

  record Checked(Upload file, byte[] content, String contentType) {}

  List<Checked> check(List<Upload> files) {
    if (files.size() > limits.maxFiles()) {
      throw Refusal.invalidField("files", "Tối đa " + limits.maxFiles() + " tệp minh chứng");
    }
    List<Checked> checked = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      checked.add(check(files.get(i), "files[" + i + "]"));
    }
    return checked;
  }

  List<EvidenceFile> store(String obligationId, List<Checked> files) {
    return files.stream()
        .map(f -> {
          Document metadata =
              new Document("obligationId", obligationId).append("contentType", f.contentType());
          ObjectId id =
              gridFs.store(
                  new ByteArrayInputStream(f.content()),
                  f.file().filename(),
                  f.contentType(),
                  metadata);
          return new EvidenceFile(
              id.toHexString(), f.file().filename(), f.contentType(), f.content().length);
        })
        .toList();
  }

  void discard(List<EvidenceFile> files) {
    files.forEach(f -> gridFs.delete(query(where("_id").is(new ObjectId(f.fileId())))));
  }

  Optional<GridFsResource> open(String fileId) {
    if (!ObjectId.isValid(fileId)) {
      return Optional.empty();
    }
    var file = gridFs.findOne(query(where("_id").is(new ObjectId(fileId))));
    return Optional.ofNullable(file).map(gridFs::getResource);
  }

  private Checked check(Upload file, String field) {
    long maxMegabytes = limits.maxFileSize().toMegabytes();
    if (file.size() > limits.maxFileSize().toBytes()) {
      throw new EvidenceRefused(
          EvidenceRefused.Reason.TOO_LARGE,
          field,
          "Tệp " + file.filename() + " vượt quá " + maxMegabytes + " MB",
          "Tệp vượt quá " + maxMegabytes + " MB");
    }
    byte[] content = bytes(file);
    if (content.length == 0) {
      throw Refusal.invalidField(field, "Tệp rỗng");
    }
    String allowed = "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPG, PNG";
    String type =
        FileTypes.sniff(content)
            .orElseThrow(() ->
                new EvidenceRefused(
                    EvidenceRefused.Reason.TYPE_NOT_ALLOWED, field, allowed, allowed));
    return new Checked(file, content, type);
  }

  private static byte[] bytes(Upload file) {
    try {
      return file.content().read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

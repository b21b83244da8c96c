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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.dienbien.platform.web.ApiProblem;
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

  record Checked(MultipartFile file, byte[] content, String contentType) {}

  List<Checked> check(List<MultipartFile> files) {
    if (files.size() > limits.maxFiles()) {
      throw ApiProblem.invalidField("files", "Tối đa " + limits.maxFiles() + " tệp minh chứng");
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
                  f.file().getOriginalFilename(),
                  f.contentType(),
                  metadata);
          return new EvidenceFile(
              id.toHexString(),
              f.file().getOriginalFilename(),
              f.contentType(),
              f.content().length);
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

  private Checked check(MultipartFile file, String field) {
    if (file.getSize() > limits.maxFileSize().toBytes()) {
      throw new ApiProblem(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "evidence-too-large",
          "Tệp quá lớn",
          "Tệp "
              + file.getOriginalFilename()
              + " vượt quá "
              + limits.maxFileSize().toMegabytes()
              + " MB",
          List.of(
              new ApiProblem.FieldError(
                  field, "Tệp vượt quá " + limits.maxFileSize().toMegabytes() + " MB")));
    }
    byte[] content = bytes(file);
    if (content.length == 0) {
      throw ApiProblem.invalidField(field, "Tệp rỗng");
    }
    String type =
        FileTypes.sniff(content)
            .orElseThrow(() ->
                new ApiProblem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "evidence-type",
                    "Loại tệp không được phép",
                    "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPG, PNG",
                    List.of(
                        new ApiProblem.FieldError(
                            field, "Chỉ chấp nhận tệp PDF, DOCX, XLSX, JPG, PNG"))));
    return new Checked(file, content, type);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

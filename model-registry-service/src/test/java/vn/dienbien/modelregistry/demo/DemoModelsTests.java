package vn.dienbien.modelregistry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dienbien.modelregistry.model.ExemplarType;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.TargetArea;

/** The sample models are read from their data file, each marked as a sample. */
class DemoModelsTests {

  @Test
  void theFourSamplesAreReadFromTheFileAsCommuneLevelSamples() {
    var samples = DemoModels.all();
    assertThat(samples)
        .extracting(DemoModels.Sample::id)
        .containsExactly("MAU-MH-01", "MAU-MH-02", "MAU-DH-03", "MAU-MH-04");
    assertThat(samples)
        .allSatisfy(s -> {
          assertThat(s.model().profile().name()).startsWith(DemoModels.PREFIX);
          assertThat(s.model().level()).isEqualTo(Level.COMMUNE);
          assertThat(s.model().profile().results()).hasSize(1);
        });
    var exemplar = samples.get(2).model();
    assertThat(exemplar.kind()).isEqualTo(Kind.EXEMPLAR);
    assertThat(exemplar.unitId()).isEqualTo("XA-NA-HY");
    assertThat(exemplar.year()).isEqualTo(2026);
    assertThat(exemplar.profile().exemplarType()).isEqualTo(ExemplarType.INDIVIDUAL);
    assertThat(exemplar.profile().targetAreas())
        .containsExactly(TargetArea.ETHNIC_MINORITY_AREAS, TargetArea.BORDER_AREAS);
    assertThat(exemplar.profile().name())
        .isEqualTo(
            DemoModels.PREFIX
                + "Điển hình cá nhân: người có uy tín vận động đồng bào giữ gìn an ninh vùng biên"
                + " xã Nà Hỳ");
  }
}

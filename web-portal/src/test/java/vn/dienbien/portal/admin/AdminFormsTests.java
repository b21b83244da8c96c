package vn.dienbien.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dienbien.portal.directive.Unit;

/** What the admin forms send to the services, and where the services' field messages land. */
class AdminFormsTests {

  @Test
  void anOfficialsPreferencesGoBackAsTheyCameAndBlanksAreNoValue() {
    Contact stored =
        new Contact(
            "c-1",
            "Lò Thị Hoa",
            "",
            "XA-SIN-THAU",
            Set.of("REPORTING_OFFICER"),
            "hoa@example.vn",
            " ",
            Map.of("REPORT_OVERDUE", List.of("SMS", "EMAIL"), "TASK_ASSIGNED", List.of("EMAIL")),
            Set.of("MODEL_RECOGNISED"),
            true,
            false);

    Map<String, Object> body = ContactForm.of(stored).body();

    assertThat(body)
        .containsEntry("fullName", "Lò Thị Hoa")
        .containsEntry("title", null)
        .containsEntry("mobile", null)
        .containsEntry("unitId", "XA-SIN-THAU")
        .containsEntry("roles", List.of("REPORTING_OFFICER"))
        .containsEntry("optOuts", List.of("MODEL_RECOGNISED"))
        .containsEntry("digest", true);
    assertThat(body.get("channelPreferences"))
        .isEqualTo(
            Map.of("REPORT_OVERDUE", Set.of("SMS", "EMAIL"), "TASK_ASSIGNED", Set.of("EMAIL")));
  }

  @Test
  void aKindWithNoChannelTickedIsLeftToTheRules() {
    ContactForm form = ContactForm.forUnit("XA-SIN-THAU");
    form.setPreferences(List.of("REPORT_DUE_SOON:SMS", "nonsense"));

    assertThat(form.body().get("channelPreferences"))
        .isEqualTo(Map.of("REPORT_DUE_SOON", Set.of("SMS")));
    assertThat(form.prefers("REPORT_DUE_SOON", "SMS")).isTrue();
    assertThat(form.prefers("REPORT_DUE_SOON", "EMAIL")).isFalse();
  }

  @Test
  void aUnitIsSentWithTheApisFieldNames() {
    Unit unit =
        new Unit(
            "XA-MUONG-NHE",
            "Xã Mường Nhé",
            "COMMUNE",
            "COMMUNE",
            "",
            true,
            "03160",
            true,
            "Nghị quyết");

    assertThat(UnitForm.of(unit).body())
        .containsOnlyKeys(
            "code", "name", "kind", "level", "parentId", "officialCode", "confirmed", "source")
        .containsEntry("officialCode", "03160")
        .containsEntry("confirmed", true)
        .containsEntry("code", "XA-MUONG-NHE")
        .containsEntry("name", "Xã Mường Nhé")
        .containsEntry("kind", "COMMUNE")
        .containsEntry("level", "COMMUNE")
        .containsEntry("parentId", null)
        .containsEntry("source", "Nghị quyết");
  }

  @Test
  void aGroupsMembersAreItsUnitsCodes() {
    Unit a =
        new Unit(
            "CA-TINH", "Công an tỉnh", "ARMED_FORCES", "PROVINCE", null, true, null, false, null);
    Unit b =
        new Unit(
            "BCHQS-TINH",
            "Bộ Chỉ huy Quân sự tỉnh",
            "ARMED_FORCES",
            "PROVINCE",
            null,
            true,
            null,
            null,
            null);
    GroupForm form =
        GroupForm.of(new Unit.Group("LLVT-TINH", "Lực lượng vũ trang", null, List.of(a, b)));

    assertThat(form.membersBody()).isEqualTo(Map.of("memberIds", List.of("CA-TINH", "BCHQS-TINH")));
    form.setMemberIds(null);
    assertThat(form.body())
        .containsEntry("memberIds", List.of())
        .containsEntry("code", "LLVT-TINH");
  }

  @Test
  void aMessageAboutAnItemOrAnEntryIsShownBesideItsListOrMap() {
    assertThat(
            FieldNames.of(
                Map.of(
                    "memberIds[3]", "không có đơn vị XA-KHONG-CO",
                    "channelPreferences.REPORT_OVERDUE", "kênh không hợp lệ",
                    "email", "địa chỉ email không hợp lệ")))
        .containsOnly(
            Map.entry("memberIds", "không có đơn vị XA-KHONG-CO"),
            Map.entry("channelPreferences", "kênh không hợp lệ"),
            Map.entry("email", "địa chỉ email không hợp lệ"));
    assertThat(FieldNames.of(Map.of("memberIds[0]", "một", "memberIds[1]", "hai")).get("memberIds"))
        .contains("một", "hai");
  }
}

package vn.dienbien.notification.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.contact.Contacts;

/**
 * Demo officials for the local stack, so the seeded overdue obligations produce mail and SMS that
 * can be seen in the local viewers. Clearly fake ("(Mẫu)", example.vn); fixed ids make a restart
 * rewrite them instead of adding copies.
 */
@Component
@ConditionalOnProperty(name = "notification.demo.enabled", havingValue = "true")
class DemoContacts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

  private final Contacts contacts;
  private final Clock clock;

  DemoContacts(Contacts contacts, Clock clock) {
    this.contacts = contacts;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Contact> demo =
        List.of(
            official(
                "demo-btgdv-theodoi",
                "(Mẫu) Lò Văn Minh",
                "Chuyên viên theo dõi, Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "BTGDV-TU",
                ContactRole.MONITORING_OFFICER,
                "theodoi.btgdv",
                "+84912000001"),
            official(
                "demo-muongnhe-baocao",
                "(Mẫu) Giàng Thị Mai",
                "Công chức Văn phòng Đảng ủy xã",
                "XA-MUONG-NHE",
                ContactRole.REPORTING_OFFICER,
                "baocao.muongnhe",
                "+84912000011"),
            official(
                "demo-muongnhe-thutruong",
                "(Mẫu) Vàng A Sử",
                "Bí thư Đảng ủy xã",
                "XA-MUONG-NHE",
                ContactRole.UNIT_HEAD,
                "bithu.muongnhe",
                "+84912000012"),
            official(
                "demo-sinthau-baocao",
                "(Mẫu) Pờ Thị Lan",
                "Công chức Văn phòng Đảng ủy xã",
                "XA-SIN-THAU",
                ContactRole.REPORTING_OFFICER,
                "baocao.sinthau",
                "+84912000021"),
            official(
                "demo-sinthau-thutruong",
                "(Mẫu) Chang A Páo",
                "Bí thư Đảng ủy xã",
                "XA-SIN-THAU",
                ContactRole.UNIT_HEAD,
                "bithu.sinthau",
                "+84912000022"),
            official(
                "demo-dbp-baocao",
                "(Mẫu) Nguyễn Thu Hà",
                "Chuyên viên Văn phòng Đảng ủy phường",
                "PHUONG-DIEN-BIEN-PHU",
                ContactRole.REPORTING_OFFICER,
                "baocao.dienbienphu",
                "+84912000031"),
            official(
                "demo-dbp-thutruong",
                "(Mẫu) Trần Quốc Hưng",
                "Bí thư Đảng ủy phường",
                "PHUONG-DIEN-BIEN-PHU",
                ContactRole.UNIT_HEAD,
                "bithu.dienbienphu",
                "+84912000032"));
    contacts.saveAll(demo);
    log.info("Demo contacts in place: {}", demo.size());
  }

  private Contact official(
      String id,
      String name,
      String title,
      String unit,
      ContactRole role,
      String mailbox,
      String mobile) {
    var now = clock.instant();
    return new Contact(
        id,
        name,
        title,
        unit,
        Set.of(role),
        mailbox + "@example.vn",
        mobile,
        Map.of(),
        Set.of(),
        false,
        true,
        now,
        now);
  }
}

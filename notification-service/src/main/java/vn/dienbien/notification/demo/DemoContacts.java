package vn.dienbien.notification.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.contact.Contacts;

/**
 * Demo officials for the local stack, so the seeded overdue obligations produce mail and SMS that
 * can be seen in the local viewers. Clearly fake ("(Mẫu)", example.vn); fixed ids make a restart
 * rewrite them instead of adding copies.
 *
 * <p>Always a bean; {@code notification.demo.enabled} is read when it runs, not as a bean
 * condition: a bean graph fixed at build time (Spring AOT, run-local.sh) must keep it for the local
 * stack and still obey the switch of each run (the soak and the bench turn it off).
 */
@Component
class DemoContacts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

  /** One official a line: id | name | title | unit | role | mailbox (at example.vn) | mobile. */
  private static final String OFFICIALS =
      """
      demo-btgdv-theodoi|(Mẫu) Lò Văn Minh|Chuyên viên theo dõi, Ban Tuyên giáo và Dân vận Tỉnh ủy|BTGDV-TU|MONITORING_OFFICER|theodoi.btgdv|+84912000001
      demo-muongnhe-baocao|(Mẫu) Giàng Thị Mai|Công chức Văn phòng Đảng ủy xã|XA-MUONG-NHE|REPORTING_OFFICER|baocao.muongnhe|+84912000011
      demo-muongnhe-thutruong|(Mẫu) Vàng A Sử|Bí thư Đảng ủy xã|XA-MUONG-NHE|UNIT_HEAD|bithu.muongnhe|+84912000012
      demo-sinthau-baocao|(Mẫu) Pờ Thị Lan|Công chức Văn phòng Đảng ủy xã|XA-SIN-THAU|REPORTING_OFFICER|baocao.sinthau|+84912000021
      demo-sinthau-thutruong|(Mẫu) Chang A Páo|Bí thư Đảng ủy xã|XA-SIN-THAU|UNIT_HEAD|bithu.sinthau|+84912000022
      demo-dbp-baocao|(Mẫu) Nguyễn Thu Hà|Chuyên viên Văn phòng Đảng ủy phường|PHUONG-DIEN-BIEN-PHU|REPORTING_OFFICER|baocao.dienbienphu|+84912000031
      demo-dbp-thutruong|(Mẫu) Trần Quốc Hưng|Bí thư Đảng ủy phường|PHUONG-DIEN-BIEN-PHU|UNIT_HEAD|bithu.dienbienphu|+84912000032
      """;

  private final Contacts contacts;
  private final Clock clock;
  private final boolean enabled;

  DemoContacts(
      Contacts contacts,
      Clock clock,
      @Value("${notification.demo.enabled:false}") boolean enabled) {
    this.contacts = contacts;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    List<Contact> demo = OFFICIALS.lines().map(line -> official(line.split("\\|"))).toList();
    contacts.saveAll(demo);
    log.info("Demo contacts in place: {}", demo.size());
  }

  private Contact official(String[] f) {
    var now = clock.instant();
    return new Contact(
        f[0],
        f[1],
        f[2],
        f[3],
        Set.of(ContactRole.valueOf(f[4])),
        f[5] + "@example.vn",
        f[6],
        Map.of(),
        Set.of(),
        false,
        true,
        now,
        now);
  }
}

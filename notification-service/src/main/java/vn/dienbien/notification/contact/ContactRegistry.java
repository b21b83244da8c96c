package vn.dienbien.notification.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.dienbien.notification.unit.UnitDirectory;
import vn.dienbien.platform.refusal.Refusal;
import vn.dienbien.platform.refusal.Refusal.FieldError;

/** Files, changes and finds officials; the gate that keeps bad addresses and units out. */
@Service
public class ContactRegistry {

  private final Contacts contacts;
  private final UnitDirectory units;
  private final Clock clock;

  ContactRegistry(Contacts contacts, UnitDirectory units, Clock clock) {
    this.contacts = contacts;
    this.units = units;
    this.clock = clock;
  }

  public Contact register(ContactForm form) {
    return store(UUID.randomUUID().toString(), form, false, null);
  }

  public Contact change(String id, ContactForm form) {
    Contact existing = contacts.findById(id).orElseThrow(() -> Refusal.notFound("cán bộ", id));
    return store(id, form, existing.demo(), existing);
  }

  public void remove(String id) {
    if (contacts.findById(id).isEmpty()) {
      throw Refusal.notFound("cán bộ", id);
    }
    contacts.deleteById(id);
  }

  public Optional<Contact> find(String id) {
    return contacts.findById(id);
  }

  /** The officials with these ids that still exist, by id: one {@code _id $in} read. */
  public java.util.Map<String, Contact> findAll(Collection<String> ids) {
    java.util.Map<String, Contact> found = new java.util.HashMap<>();
    contacts.findAllById(ids).forEach(c -> found.put(c.id(), c));
    return found;
  }

  public List<Contact> ofUnit(String unitId) {
    return contacts.findByUnitIdOrderByFullName(unitId);
  }

  /**
   * The official already filed under this email or mobile number, if any (import matches on it).
   */
  public Optional<Contact> sameOfficial(ContactForm form) {
    Optional<Contact> byEmail =
        EmailAddresses.normalise(form.email()).flatMap(e -> first(contacts.findByEmail(e)));
    return byEmail.or(() ->
        PhoneNumbers.normaliseMobile(form.mobile()).flatMap(m -> first(contacts.findByMobile(m))));
  }

  /** Business checks beyond Bean Validation; empty when the form can be stored. */
  public List<FieldError> problemsOf(ContactForm form) {
    List<FieldError> problems = new ArrayList<>();
    boolean hasEmail = form.email() != null && !form.email().isBlank();
    boolean hasMobile = form.mobile() != null && !form.mobile().isBlank();
    if (hasEmail && EmailAddresses.normalise(form.email()).isEmpty()) {
      problems.add(new FieldError("email", "địa chỉ email không hợp lệ"));
    }
    if (hasMobile && PhoneNumbers.normaliseMobile(form.mobile()).isEmpty()) {
      problems.add(new FieldError("mobile", "không phải số điện thoại di động Việt Nam hợp lệ"));
    }
    if (!hasEmail && !hasMobile) {
      problems.add(new FieldError("email", "cần ít nhất email hoặc số điện thoại di động"));
    }
    if (form.unitId() != null && !units.isKnown(form.unitId())) {
      problems.add(
          new FieldError("unitId", "đơn vị " + form.unitId() + " không có trong danh mục"));
    }
    return problems;
  }

  private Contact store(String id, ContactForm form, boolean demo, Contact existing) {
    List<FieldError> problems = problemsOf(form);
    if (!problems.isEmpty()) {
      throw Refusal.invalidFields(problems);
    }
    String email = EmailAddresses.normalise(form.email()).orElse(null);
    String mobile = PhoneNumbers.normaliseMobile(form.mobile()).orElse(null);
    rejectTaken(id, email, contacts.findByEmail(email), "email");
    rejectTaken(id, mobile, contacts.findByMobile(mobile), "mobile");
    var now = clock.instant();
    Contact contact =
        new Contact(
            id,
            form.fullName().strip(),
            blankToNull(form.title()),
            form.unitId(),
            form.roles(),
            email,
            mobile,
            form.channelPreferences(),
            form.optOuts(),
            digest(form, existing),
            demo,
            existing == null ? now : existing.createdAt(),
            now);
    return contacts.save(contact);
  }

  /**
   * Absent in the form (an older client, a CSV without the column): the official's choice stays.
   */
  private static boolean digest(ContactForm form, Contact existing) {
    return form.digest() != null ? form.digest() : existing != null && existing.digest();
  }

  private static void rejectTaken(
      String id, String value, Collection<Contact> holders, String field) {
    if (value != null && holders.stream().anyMatch(c -> !Objects.equals(c.id(), id))) {
      throw Refusal.conflict(
          "contact-" + field + "-taken",
          "Đã có cán bộ khác dùng "
              + (field.equals("email") ? "địa chỉ email" : "số điện thoại")
              + " này");
    }
  }

  private static Optional<Contact> first(List<Contact> found) {
    return found.stream().findFirst();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

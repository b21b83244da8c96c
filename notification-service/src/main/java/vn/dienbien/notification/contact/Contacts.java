package vn.dienbien.notification.contact;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Officials by id. Per-unit lookups scan the collection: it holds hundreds of officials, and the
 * embedded store would scan for a non-unique index anyway.
 */
public interface Contacts extends MongoRepository<Contact, String> {

  List<Contact> findByUnitIdOrderByFullName(String unitId);

  List<Contact> findByEmail(String email);

  List<Contact> findByMobile(String mobile);
}

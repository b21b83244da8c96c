package vn.dienbien.portal.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dienbien.portal.web.Forms;

/**
 * An official and their preferences as typed; field names are notification-service's ({@code
 * POST/PUT /api/v1/contacts}). A preferred channel is ticked as {@code KIND:CHANNEL} (one checkbox
 * per kind and channel); a kind with none ticked is left to the notification rules.
 */
public class ContactForm {

  private String fullName;
  private String title;
  private String unitId;
  private List<String> roles = new ArrayList<>();
  private String email;
  private String mobile;
  private List<String> preferences = new ArrayList<>();
  private List<String> optOuts = new ArrayList<>();
  private boolean digest;

  static ContactForm of(Contact contact) {
    ContactForm form = new ContactForm();
    form.fullName = contact.fullName();
    form.title = contact.title();
    form.unitId = contact.unitId();
    form.roles = new ArrayList<>(contact.roles() == null ? Set.of() : contact.roles());
    form.email = contact.email();
    form.mobile = contact.mobile();
    if (contact.channelPreferences() != null) {
      contact
          .channelPreferences()
          .forEach((kind, channels) ->
              channels.forEach(channel -> form.preferences.add(kind + ":" + channel)));
    }
    form.optOuts = new ArrayList<>(contact.optOuts() == null ? Set.of() : contact.optOuts());
    form.digest = contact.digest();
    return form;
  }

  static ContactForm forUnit(String unitId) {
    ContactForm form = new ContactForm();
    form.unitId = unitId;
    return form;
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("fullName", Forms.blank(fullName));
    body.put("title", Forms.blank(title));
    body.put("unitId", Forms.blank(unitId));
    body.put("roles", roles == null ? List.of() : roles);
    body.put("email", Forms.blank(email));
    body.put("mobile", Forms.blank(mobile));
    body.put("channelPreferences", channelPreferences());
    body.put("optOuts", optOuts == null ? List.of() : optOuts);
    body.put("digest", digest);
    return body;
  }

  private Map<String, Set<String>> channelPreferences() {
    Map<String, Set<String>> byKind = new LinkedHashMap<>();
    for (String choice : preferences == null ? List.<String>of() : preferences) {
      int colon = choice.indexOf(':');
      if (colon > 0) {
        byKind
            .computeIfAbsent(choice.substring(0, colon), k -> new LinkedHashSet<>())
            .add(choice.substring(colon + 1));
      }
    }
    return byKind;
  }

  public boolean prefers(String kind, String channel) {
    return preferences != null && preferences.contains(kind + ":" + channel);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUnitId() {
    return unitId;
  }

  public void setUnitId(String unitId) {
    this.unitId = unitId;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public List<String> getPreferences() {
    return preferences;
  }

  public void setPreferences(List<String> preferences) {
    this.preferences = preferences;
  }

  public List<String> getOptOuts() {
    return optOuts;
  }

  public void setOptOuts(List<String> optOuts) {
    this.optOuts = optOuts;
  }

  public boolean isDigest() {
    return digest;
  }

  public void setDigest(boolean digest) {
    this.digest = digest;
  }
}

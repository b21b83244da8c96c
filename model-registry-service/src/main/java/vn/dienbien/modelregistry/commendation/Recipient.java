package vn.dienbien.modelregistry.commendation;

/**
 * Who is commended: a collective (tập thể) or an individual (cá nhân) of a unit in the directory.
 *
 * @param position the person's post (chức vụ) or the collective's description, if given
 */
public record Recipient(Kind kind, String name, String position, String unitId, String unitName) {

  public enum Kind {
    COLLECTIVE("Tập thể"),
    INDIVIDUAL("Cá nhân");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}

package vn.dienbien.testsupport.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * A class depends only on its own feature and the features declared below it ({@link
 * ArchitectureRules#featuresDependOnlyDownward}).
 */
final class DownwardOnly extends ArchCondition<JavaClass> {

  private static final int ABOVE_ALL = Integer.MAX_VALUE;

  private final String base;
  private final List<String> bottomUp;

  DownwardOnly(String base, List<String> bottomUp) {
    super("depend only on their own feature or on features below it in " + bottomUp);
    this.base = base;
    this.bottomUp = bottomUp;
  }

  @Override
  public void check(JavaClass item, ConditionEvents events) {
    String feature = featureOf(item.getPackageName());
    if (feature == null) {
      return; // the application itself may use every feature
    }
    int rank = bottomUp.indexOf(feature);
    if (rank < 0) {
      events.add(
          SimpleConditionEvent.violated(
              item,
              "%s is in feature '%s', which the order %s does not declare"
                  .formatted(item.getName(), feature, bottomUp)));
      return;
    }
    item.getDirectDependenciesFromSelf().forEach(d -> checkTarget(d, feature, rank, events));
  }

  private void checkTarget(
      Dependency dependency, String feature, int rank, ConditionEvents events) {
    String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
    if (!target.equals(base) && !target.startsWith(base + ".")) {
      return;
    }
    String targetFeature = featureOf(target);
    int targetRank = targetFeature == null ? ABOVE_ALL : bottomUp.indexOf(targetFeature);
    if (targetRank > rank) {
      String above = targetFeature == null ? "(application)" : targetFeature;
      events.add(
          SimpleConditionEvent.violated(
              dependency,
              "%s: '%s' depends on '%s' above it"
                  .formatted(dependency.getDescription(), feature, above)));
    }
  }

  /** The feature of a package under the base; null for the base package itself. */
  private String featureOf(String packageName) {
    if (packageName.equals(base)) {
      return null;
    }
    String rest = packageName.substring(base.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}

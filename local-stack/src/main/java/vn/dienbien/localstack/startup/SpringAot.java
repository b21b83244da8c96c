package vn.dienbien.localstack.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Spring AOT output in a Spring Boot fat jar: the build's {@code aot} profile (run-local.sh builds
 * with it) runs {@code spring-boot:process-aot}, which fixes the application's bean graph at build
 * time into generated classes, {@code <Start-Class>__ApplicationContextInitializer} first. Such a
 * jar starts faster with {@link #ENABLE}; without that flag it starts as any other jar (the
 * generated classes are ignored), and a jar built without the profile has none of them.
 */
public final class SpringAot {

  /** The system property that makes Spring Boot use the generated bean graph. */
  public static final String ENABLE = "-Dspring.aot.enabled=true";

  private SpringAot() {}

  /**
   * Whether {@code fatJar} holds the generated initializer of its {@code Start-Class}; false for a
   * missing or unreadable jar (the start then reports that, not this check).
   */
  public static boolean inJar(Path fatJar) {
    if (!Files.isRegularFile(fatJar)) {
      return false;
    }
    try (JarFile jar = new JarFile(fatJar.toFile())) {
      Manifest manifest = jar.getManifest();
      String start = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
      return start != null && jar.getEntry(initializerEntry(start)) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Where Spring Boot's repackaging puts the initializer generated for {@code startClass}. */
  static String initializerEntry(String startClass) {
    return "BOOT-INF/classes/"
        + startClass.replace('.', '/')
        + "__ApplicationContextInitializer.class";
  }
}

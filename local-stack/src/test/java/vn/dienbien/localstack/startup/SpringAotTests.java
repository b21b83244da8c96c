package vn.dienbien.localstack.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which fat jars the launcher starts with Spring AOT: only those holding the generated graph. */
class SpringAotTests {

  private static final String START = "vn.dienbien.directive.DirectiveApplication";

  @TempDir Path tmp;

  @Test
  void jarBuiltWithTheAotProfileHasTheInitializerOfItsStartClass() throws IOException {
    Path jar =
        jar(
            START,
            "BOOT-INF/classes/vn/dienbien/directive/DirectiveApplication.class",
            "BOOT-INF/classes/vn/dienbien/directive/DirectiveApplication__ApplicationContextInitializer.class");
    assertThat(SpringAot.inJar(jar)).isTrue();
  }

  @Test
  void jarBuiltWithoutTheProfileHasNone() throws IOException {
    Path jar = jar(START, "BOOT-INF/classes/vn/dienbien/directive/DirectiveApplication.class");
    assertThat(SpringAot.inJar(jar)).isFalse();
  }

  @Test
  void anotherApplicationsInitializerDoesNotCount() throws IOException {
    Path jar =
        jar(
            START,
            "BOOT-INF/classes/vn/dienbien/report/ReportApplication__ApplicationContextInitializer.class");
    assertThat(SpringAot.inJar(jar)).isFalse();
  }

  @Test
  void jarWithoutStartClassMissingOrUnreadableIsNotAot() throws IOException {
    assertThat(SpringAot.inJar(jar(null, SpringAot.initializerEntry(START)))).isFalse();
    assertThat(SpringAot.inJar(tmp.resolve("missing.jar"))).isFalse();
    Path notAJar = Files.writeString(tmp.resolve("broken.jar"), "not a zip");
    assertThat(SpringAot.inJar(notAJar)).isFalse();
  }

  private Path jar(String startClass, String... entries) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (startClass != null) {
      manifest.getMainAttributes().putValue("Start-Class", startClass);
    }
    Path jar = Files.createTempFile(tmp, "app", ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      for (String entry : entries) {
        out.putNextEntry(new JarEntry(entry));
        out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
        out.closeEntry();
      }
    }
    return jar;
  }
}

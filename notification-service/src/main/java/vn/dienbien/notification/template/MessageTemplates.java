package vn.dienbien.notification.template;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.dienbien.notification.message.Channel;

/**
 * Vietnamese message texts, one set of files per template name under {@code templates/}: {@code
 * email/<name>.subject.txt}, {@code email/<name>.txt}, {@code email/<name>.html} and {@code
 * sms/<name>.txt}. Wording changes are file edits, not code changes.
 */
@Component
public class MessageTemplates {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MessageTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  public Rendered render(String name, Channel channel, Map<String, Object> variables) {
    Context context = new Context();
    context.setVariables(variables);
    return switch (channel) {
      case EMAIL ->
          new Rendered(
              oneLine(engine.process("email/" + name + ".subject.txt", context)),
              engine.process("email/" + name + ".txt", context).strip(),
              engine.process("email/" + name + ".html", context));
      case SMS ->
          new Rendered(null, oneLine(engine.process("sms/" + name + ".txt", context)), null);
    };
  }

  /** The files a template needs on a channel, so a misspelt rule fails at start-up. */
  public boolean exists(String name, Channel channel) {
    List<String> files =
        channel == Channel.EMAIL
            ? List.of(
                "email/" + name + ".subject.txt",
                "email/" + name + ".txt",
                "email/" + name + ".html")
            : List.of("sms/" + name + ".txt");
    return files.stream()
        .allMatch(f -> getClass().getClassLoader().getResource("templates/" + f) != null);
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static ClassLoaderTemplateResolver resolver(
      TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(java.util.Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** A message ready to send: email has all three parts, SMS only {@code text}. */
  public record Rendered(String subject, String text, String html) {}
}

package vn.dienbien.platform.web;

import java.util.List;
import java.util.OptionalInt;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.dienbien.platform.validation.TextRules;

/**
 * How request bodies are read: no scalar coercion (a number or a boolean is not a string, a string
 * is not a number, 50.7 is not an int, 0 is not an enum constant), unknown and duplicate properties
 * refused, strict dates, nothing after the document, and every string normalised to NFC, trimmed
 * and checked by {@link TextRules}. Applied to Spring MVC's JSON converter only: responses, events
 * and outgoing HTTP calls keep the application's mapper.
 */
public final class StrictJson {

  private StrictJson() {}

  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(
            DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .defaultLeniency(false)
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Boolean,
            c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfigDefaults(
            c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .addModule(new SimpleModule("strict-text").addDeserializer(String.class, new Text()));
  }

  /**
   * Replaces Spring MVC's JSON converter by one reading with a strict copy of its mapper, and drops
   * the Jackson 2 converters (YAML, brought in by springdoc) that would read request bodies
   * leniently. Subclasses of the JSON converter (Spring Data's projecting one) are left alone.
   */
  static void apply(List<HttpMessageConverter<?>> converters) {
    for (int i = 0; i < converters.size(); i++) {
      if (converters.get(i).getClass() == JacksonJsonHttpMessageConverter.class) {
        var json = (JacksonJsonHttpMessageConverter) converters.get(i);
        converters.set(
            i, new JacksonJsonHttpMessageConverter(configure(json.getMapper().rebuild()).build()));
      }
    }
    converters.removeIf(c -> c.getClass().getName().contains(".MappingJackson2"));
  }

  /** A string that breaks the text rules; its message is the Vietnamese one for the client. */
  public static final class TextRejectedException extends MismatchedInputException {
    TextRejectedException(JsonParser parser, String message) {
      super(parser, message, String.class);
    }
  }

  /** JSON strings only, normalised and checked; any other token is a type error. */
  static final class Text extends StdScalarDeserializer<String> {

    Text() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (String) context.handleUnexpectedToken(String.class, parser);
      }
      String text = TextRules.normalize(parser.getString());
      OptionalInt bad = TextRules.firstForbidden(text);
      if (bad.isPresent()) {
        throw new TextRejectedException(parser, TextRules.describe(text, bad.getAsInt()));
      }
      return text;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }
  }
}

package vn.dienbien.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import vn.dienbien.contracts.InvalidEventException;

/**
 * Interceptor of the binder's dead-letter producer: adds {@value #HEADER} to every parked record —
 * the {@link InvalidEventException.Reason} code of a refused event ({@code schema-invalid}, {@code
 * unknown-type}, {@code no-data}, {@code unreadable}) or {@code handler-failed} when a handler kept
 * failing — read from the {@code x-exception-message} header the binder sets, so an operator or a
 * replay tool can filter the dead-letter topic without parsing messages.
 */
public class DeadLetterReasons implements ProducerInterceptor<Object, Object> {

  public static final String HEADER = "x-dlq-reason";
  static final String HANDLER_FAILED = "handler-failed";

  @Override
  public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
    if (record.headers().lastHeader(HEADER) == null) {
      record.headers().add(HEADER, reason(record).getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }

  static String reason(ProducerRecord<?, ?> record) {
    Header message = record.headers().lastHeader("x-exception-message");
    String text = message == null ? "" : new String(message.value(), StandardCharsets.UTF_8);
    return Arrays.stream(InvalidEventException.Reason.values())
        .map(InvalidEventException.Reason::code)
        .filter(code -> text.startsWith(code + ": ") || text.contains("; " + code + ": "))
        .findFirst()
        .orElse(HANDLER_FAILED);
  }

  @Override
  public void onAcknowledgement(RecordMetadata metadata, Exception exception) {}

  @Override
  public void close() {}

  @Override
  public void configure(Map<String, ?> configs) {}
}

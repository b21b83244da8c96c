package vn.dienbien.notification.channel.sms;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.channel.ChannelSender;
import vn.dienbien.notification.channel.Outgoing;
import vn.dienbien.notification.channel.SendOutcome;
import vn.dienbien.notification.message.Channel;

/** SMS through the configured gateway API; the delivery id is the gateway's request id. */
@Component
@EnableConfigurationProperties(SmsProperties.class)
class SmsSender implements ChannelSender {

  static final String CALLBACK_PATH = "/api/v1/sms/delivery-reports/esms";

  /** Segments billed per SMS accepted by the gateway, tagged by encoding (GSM7 or UNICODE). */
  static final String SEGMENTS_METRIC = "notifications.sms.segments";

  private final SmsProvider provider;
  private final MeterRegistry meters;

  SmsSender(
      SmsProperties properties,
      SmsCallbackKey callbackKey,
      Environment environment,
      MeterRegistry meters) {
    this.meters = meters;
    GatewayCall gateway = new GatewayCall(properties.baseUrl(), properties.timeout());
    this.provider =
        switch (properties.provider()) {
          case EsmsProvider.NAME ->
              new EsmsProvider(
                  gateway,
                  properties,
                  () -> callbackKey.appendTo(callbackUrl(properties, environment)));
          case GenericSmsProvider.NAME -> new GenericSmsProvider(gateway, properties.sender());
          default ->
              throw new IllegalStateException(
                  "notification.sms.provider must be esms or generic, not "
                      + properties.provider());
        };
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public SendOutcome send(Outgoing message) {
    SendOutcome outcome = provider.send(message.deliveryId(), message.address(), message.text());
    if (outcome instanceof SendOutcome.Sent sent) {
      int segments = SmsText.segments(message.text());
      DistributionSummary.builder(SEGMENTS_METRIC)
          .description("Segments billed per SMS sent")
          .tag("encoding", SmsText.encodingOf(message.text()).name())
          .register(meters)
          .record(segments);
      return new SendOutcome.Sent(sent.provider(), sent.messageId(), segments);
    }
    return outcome;
  }

  private static String callbackUrl(SmsProperties properties, Environment environment) {
    String configured = properties.esms().callbackUrl();
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    String port = environment.getProperty("local.server.port");
    return port == null ? null : "http://127.0.0.1:" + port + CALLBACK_PATH;
  }
}

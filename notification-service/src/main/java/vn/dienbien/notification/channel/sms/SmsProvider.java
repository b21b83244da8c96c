package vn.dienbien.notification.channel.sms;

import vn.dienbien.notification.channel.SendOutcome;

/** One SMS gateway API. {@code requestId} makes a repeated request a no-op at the gateway. */
interface SmsProvider {

  String name();

  SendOutcome send(String requestId, String to, String text);
}

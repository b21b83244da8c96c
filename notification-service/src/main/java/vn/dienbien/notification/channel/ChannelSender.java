package vn.dienbien.notification.channel;

import vn.dienbien.notification.message.Channel;

/**
 * Hands messages to one channel's provider. Never throws for a provider's failure: it reports it.
 */
public interface ChannelSender {

  Channel channel();

  SendOutcome send(Outgoing message);
}

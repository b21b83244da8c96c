package vn.dienbien.notification.rule;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.template.MessageTemplates;

/**
 * Refuses to start with a rule whose template is missing on any channel: an official's channel
 * preference may pick either, and a typo must not surface at 22:00 as a parked event.
 */
@Component
class RuleTemplatesCheck implements InitializingBean {

  private final NotificationRules rules;
  private final MessageTemplates templates;

  RuleTemplatesCheck(NotificationRules rules, MessageTemplates templates) {
    this.rules = rules;
    this.templates = templates;
  }

  @Override
  public void afterPropertiesSet() {
    for (Rule rule : rules.rules()) {
      for (Channel channel : Channel.values()) {
        if (!templates.exists(rule.template(), channel)) {
          throw new IllegalStateException(
              "Rule "
                  + rule.name()
                  + ": template "
                  + rule.template()
                  + " has no "
                  + channel
                  + " files under templates/");
        }
      }
    }
  }
}

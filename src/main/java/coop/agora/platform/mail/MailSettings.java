package coop.agora.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender of Agora's mail. */
@ConfigurationProperties("agora.mail")
record MailSettings(@DefaultValue("agora@localhost") String from, @DefaultValue("Agora") String fromName) {}

package coop.agora.notifications;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long notifications are kept
 * @param signingKey the secret signing unsubscribe links, in Base64; unset means one generated and
 *     stored in the database on first start, shared by every node
 */
@ConfigurationProperties("agora.notifications")
record NotificationSettings(@DefaultValue("180d") Duration retention, @Nullable String signingKey) {}

package coop.agora.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: unreadable by scripts, not sent by other sites' forms, and marked secure
 * whenever the request came over HTTPS (directly or through a proxy's forwarded headers).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

    static final String NAME = "AGORA_SESSION";

    @Bean
    CookieSerializer cookieSerializer() {
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName(NAME);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setCookiePath("/");
        return serializer;
    }
}

package coop.agora.platform.web;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationLink home() {
        return new NavigationLink("nav.home", "nav.home.description", "/", 0, Audience.EVERYONE);
    }

    @Bean
    NavigationLink outbox() {
        return new NavigationLink("nav.outbox", "nav.outbox.description", "/admin/outbox", 960, Audience.ADMINS);
    }

    @Bean
    NavigationLink searchIndexes() {
        return new NavigationLink("nav.searchIndexes", "nav.searchIndexes.description", "/admin/search", 970, Audience.ADMINS);
    }
}

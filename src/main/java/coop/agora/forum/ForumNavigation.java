package coop.agora.forum;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import coop.agora.platform.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ForumNavigation {

    @Bean
    NavigationLink forumLink() {
        return new NavigationLink("nav.forum", "nav.forum.description", "/forum", 100, Audience.EVERYONE);
    }

    @Bean
    NavigationLink faqLink() {
        return new NavigationLink("nav.faq", "nav.faq.description", "/forum/faq", 110, Audience.EVERYONE);
    }

    @Bean
    NavigationLink forumAdminLink() {
        return new NavigationLink("nav.forumAdmin", "nav.forumAdmin.description", "/admin/forum", 980, Audience.ADMINS);
    }

    /**
     * Anyone may read; the pages themselves send visitors to sign in for members-only categories.
     * Writing always needs an account.
     */
    @Bean
    @Order(10)
    WebAccessRules forumReading() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/forum", "/forum/c/*", "/forum/c/*/archives", "/forum/c/*/archives/*", "/forum/c/*/feed.atom",
                        "/forum/t/*", "/forum/api/topics/*", "/forum/faq", "/forum/search", "/forum/images/*")
                .permitAll();
    }
}

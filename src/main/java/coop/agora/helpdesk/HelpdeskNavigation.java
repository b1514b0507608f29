package coop.agora.helpdesk;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import coop.agora.platform.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class HelpdeskNavigation {

    @Bean
    NavigationLink helpLink() {
        return new NavigationLink("nav.help", "nav.help.description", "/help", 50, Audience.SIGNED_IN);
    }

    @Bean
    NavigationLink deskLink() {
        return new NavigationLink("nav.desk", "nav.desk.description", "/desk", 60, Audience.ADVISORS);
    }

    @Bean
    NavigationLink helpdeskAdminLink() {
        return new NavigationLink("nav.helpdeskAdmin", "nav.helpdeskAdmin.description", "/admin/helpdesk", 985, Audience.ADMINS);
    }

    /** The queues and every advisor action are for advisors; the member's pages need only sign-in. */
    @Bean
    @Order(10)
    WebAccessRules deskPages() {
        return requests -> requests.requestMatchers("/desk", "/desk/**").hasAnyRole("ADVISOR", "ADMIN");
    }
}

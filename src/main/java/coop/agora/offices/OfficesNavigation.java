package coop.agora.offices;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import coop.agora.platform.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class OfficesNavigation {

    @Bean
    NavigationLink contactLink() {
        return new NavigationLink("nav.contact", "nav.contact.description", "/contact", 150, Audience.EVERYONE);
    }

    @Bean
    NavigationLink officesAdminLink() {
        return new NavigationLink("nav.officesAdmin", "nav.officesAdmin.description", "/admin/offices", 970, Audience.ADMINS);
    }

    /** Anyone may find how to reach the cooperative, members or not. */
    @Bean
    @Order(10)
    WebAccessRules contactPage() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/contact").permitAll();
    }
}

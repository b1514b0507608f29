package coop.agora.recommendations;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import coop.agora.platform.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class RecommendationsNavigation {

    @Bean
    NavigationLink recommendationsLink() {
        return new NavigationLink("nav.recommendations", "nav.recommendations.description", "/recommendations", 160, Audience.EVERYONE);
    }

    @Bean
    NavigationLink recommendationsImportLink() {
        return new NavigationLink("nav.recommendationsImport", "nav.recommendationsImport.description", "/admin/recommendations/import", 987,
                Audience.ADMINS);
    }

    /** The tracker is public, so that anyone, search engines included, can see what became of the members' voices. */
    @Bean
    @Order(10)
    WebAccessRules recommendationPages() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/recommendations", "/recommendations/dashboard", "/recommendations/{id:[0-9]+}")
                .permitAll();
    }
}

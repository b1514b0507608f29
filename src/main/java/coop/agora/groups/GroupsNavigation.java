package coop.agora.groups;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Groups are for signed-in members: every page needs an account, which is the default rule. */
@Configuration(proxyBeanMethods = false)
class GroupsNavigation {

    @Bean
    NavigationLink groupsLink() {
        return new NavigationLink("nav.groups", "nav.groups.description", "/groups", 250, Audience.SIGNED_IN);
    }
}

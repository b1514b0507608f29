package coop.agora.platform.search;

import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.hibernate.SpringBeanContainer;

/**
 * Lets the search mapping's bridges be made by Spring, so that a bridge can use another module's
 * public services (a help desk request indexes its member's name through the accounts module).
 */
@Configuration(proxyBeanMethods = false)
class SearchBeans {

    @Bean
    HibernatePropertiesCustomizer springMadeBridges(ConfigurableListableBeanFactory beanFactory) {
        return properties -> properties.put(AvailableSettings.BEAN_CONTAINER, new SpringBeanContainer(beanFactory));
    }
}

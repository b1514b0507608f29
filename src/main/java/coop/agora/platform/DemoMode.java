package coop.agora.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether modules seed their demo data on first start: by default only when Agora runs its own
 * embedded database, so a production database never receives demo content unless asked.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(PlatformSettings settings, Environment environment) {
        this.enabled = settings.demo() != null
                ? settings.demo()
                : !StringUtils.hasText(environment.getProperty("agora.db.url"));
    }

    public boolean enabled() {
        return enabled;
    }
}

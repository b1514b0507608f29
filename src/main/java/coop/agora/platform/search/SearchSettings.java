package coop.agora.platform.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What to do when Agora starts with empty search indexes but data in PostgreSQL (a new node, a
 * lost index folder): rebuild them in the background, rebuild before serving, or do nothing.
 */
@ConfigurationProperties("agora.search")
record SearchSettings(@DefaultValue("BACKGROUND") EmptyIndex emptyIndexOnStart) {

    enum EmptyIndex {
        BACKGROUND,
        BEFORE_SERVING,
        NOTHING
    }
}

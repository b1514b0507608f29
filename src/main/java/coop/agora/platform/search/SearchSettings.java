package coop.agora.platform.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What to do when Agora starts with search indexes that do not match PostgreSQL or the code: empty
 * while there is data (a new node, a lost index folder), or built for other fields than this
 * version maps: rebuild them in the background, rebuild before serving, or do nothing.
 */
@ConfigurationProperties("agora.search")
record SearchSettings(@DefaultValue("BACKGROUND") EmptyIndex emptyIndexOnStart) {

    enum EmptyIndex {
        BACKGROUND,
        BEFORE_SERVING,
        NOTHING
    }
}

package coop.agora.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import coop.agora.platform.PlatformSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseSettings database, PlatformSettings platform) {
        var dataSource = new HikariDataSource();
        if (database.external()) {
            dataSource.setJdbcUrl(database.url());
            dataSource.setUsername(database.user());
            dataSource.setPassword(database.password());
        } else {
            dataSource.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(
                    platform.dataDir().resolve("postgres"), database.embeddedPort(), database.embeddedClean()));
            dataSource.setUsername("postgres");
        }
        return dataSource;
    }

    @Bean
    FlywayMigrationStrategy migrateEachModuleInItsOwnSchema() {
        return flyway -> ModuleMigrations.migrate(flyway.getConfiguration());
    }
}

package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a database URL, Agora migrates that database, starts none of its own and seeds no demo data. */
@SpringBootTest
class ExternalDatabaseTests {

    private static final EmbeddedPostgres external = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void useTheExternalDatabase(DynamicPropertyRegistry properties) {
        properties.add("agora.db.url", () -> external.getJdbcUrl("postgres", "postgres"));
        properties.add("agora.db.user", () -> "postgres");
        properties.add("agora.demo", () -> "");
    }

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcClient db;

    @Test
    void migratesTheConfiguredDatabaseAndSeedsNoDemoData() {
        assertThat(dataSource.getJdbcUrl()).isEqualTo(external.getJdbcUrl("postgres", "postgres"));
        assertThat(db.sql("select count(*) from offices.office").query(Integer.class).single()).isEqualTo(12);
        assertThat(db.sql("select count(*) from accounts.account").query(Integer.class).single()).isZero();
    }
}

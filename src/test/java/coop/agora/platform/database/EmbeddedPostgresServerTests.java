package coop.agora.platform.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTests {

    @Test
    void refusesToStartOnAPortWhereAnotherPostgreSqlAlreadyListens(@TempDir Path ours) throws IOException {
        try (var another = EmbeddedPostgres.builder().start()) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.jdbcUrl(ours, another.getPort(), true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + another.getPort() + " is taken by another PostgreSQL");
        }
    }
}

package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTests {

    private static PlatformSettings settings(Boolean demo) {
        return new PlatformSettings(Path.of("data"), URI.create("http://localhost:8080"), demo);
    }

    @Test
    void theEmbeddedDatabaseGetsDemoDataByDefault() {
        assertThat(new DemoMode(settings(null), new MockEnvironment()).enabled()).isTrue();
    }

    @Test
    void anExternalDatabaseGetsDemoDataOnlyWhenAsked() {
        var external = new MockEnvironment().withProperty("agora.db.url", "jdbc:postgresql://db/agora");

        assertThat(new DemoMode(settings(null), external).enabled()).isFalse();
        assertThat(new DemoMode(settings(true), external).enabled()).isTrue();
    }

    @Test
    void demoDataCanBeTurnedOffForTheEmbeddedDatabase() {
        assertThat(new DemoMode(settings(false), new MockEnvironment()).enabled()).isFalse();
    }
}

package coop.agora.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs each module's migrations, found under {@code db/migration/<module>/}, in a schema of the
 * module's name with its own history, so modules can add migrations without coordinating versions.
 */
final class ModuleMigrations {

    private static final Pattern MODULE_FOLDER = Pattern.compile("db/migration/([a-z][a-z0-9_]*)/[^/]+\\.sql$");
    private static final String FIRST = "platform";

    private ModuleMigrations() {}

    static void migrate(Configuration base) {
        for (var module : modulesWithMigrations()) {
            Flyway.configure(base.getClassLoader())
                    .configuration(base)
                    .schemas(module)
                    .defaultSchema(module)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module)
                    .load()
                    .migrate();
        }
    }

    static TreeSet<String> modulesWithMigrations() {
        var modules = new TreeSet<String>(
                Comparator.comparing((String module) -> !module.equals(FIRST)).thenComparing(Comparator.naturalOrder()));
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql")) {
                var matcher = MODULE_FOLDER.matcher(resource.getURL().toString());
                if (matcher.find()) {
                    modules.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the migration folders", e);
        }
        return modules;
    }
}

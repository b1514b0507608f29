package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.csv;

import io.gatling.javaapi.core.FeederBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Agora under test and the data set generated for it: where it answers, where the data
 * generators left their feeder files, and how many users a phase runs at most.
 */
final class Target {

    /** Every generated member has the demo password, whose hash the generator copies. */
    static final String MEMBER_PASSWORD = "agora-demo-2026";

    static final String SESSION_COOKIE = "AGORA_SESSION";
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Csrf(String cookie, String field) {}

    private final String baseUrl;
    private final Path feeders;
    private final int maxUsers;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Target(String baseUrl, Path feeders, int maxUsers) {
        this.baseUrl = baseUrl;
        this.feeders = feeders;
        this.maxUsers = maxUsers;
    }

    /** A CSV file written by a data generator; its header names the session attributes. */
    FeederBuilder<String> feeder(String file) {
        return csv(feeders.resolve(file).toString());
    }

    /** Where a generator left a file, for a scenario that reads it itself. */
    Path feederFile(String file) {
        return feeders.resolve(file);
    }

    /**
     * A CSRF token as the sign-in form hands it out: the cookie and the masked form field. The
     * token lives in the cookie only, so one pair serves any number of sign-ins.
     */
    Csrf csrf() {
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build());
        var field = CSRF_FIELD.matcher(response.body());
        if (response.statusCode() != 200 || !field.find()) {
            throw new IllegalStateException("The sign-in form has no CSRF field (HTTP " + response.statusCode() + ")");
        }
        return new Csrf(cookie(response, CSRF_COOKIE), field.group(1));
    }

    /**
     * Signed-in sessions of generated members, twice as many as the most users a phase runs, so
     * that looping users seldom hold the same session at once. They are opened by the first phase
     * that needs them, the warm-up, and kept in a file for the later phases, so that no measured
     * phase pays for their sign-ins.
     */
    List<Map<String, Object>> signedInSessions() {
        var file = feeders.resolve("sessions.csv");
        var count = 2 * maxUsers;
        try {
            if (!Files.exists(file)) {
                var csrf = csrf();
                var lines = new ArrayList<String>();
                lines.add("session");
                for (var email : memberEmails(count)) {
                    lines.add(signIn(email, csrf));
                }
                Files.write(file, lines);
            }
            try (var lines = Files.lines(file)) {
                return lines.skip(1).limit(count).<Map<String, Object>>map(session -> Map.of("session", session)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signed-in sessions of the people listed in a generator's CSV file whose first column is
     * {@code email}, such as advisors, each with the other columns of its line (their pole, say).
     * Opened once, like {@link #signedInSessions()}, and kept next to the file.
     */
    List<Map<String, Object>> signedInSessionsOf(String peopleFile) {
        var file = feeders.resolve("sessions-" + peopleFile);
        var count = 2 * maxUsers;
        try {
            List<String> people;
            try (var lines = Files.lines(feeders.resolve(peopleFile))) {
                people = lines.toList();
            }
            var header = people.get(0).split(",");
            var rows = people.subList(1, Math.min(people.size(), count + 1));
            if (!Files.exists(file)) {
                var csrf = csrf();
                var sessions = new ArrayList<String>();
                for (var row : rows) {
                    sessions.add(signIn(row.split(",")[0], csrf));
                }
                Files.write(file, sessions);
            }
            var sessions = Files.readAllLines(file);
            var result = new ArrayList<Map<String, Object>>();
            for (int i = 0; i < rows.size(); i++) {
                var values = rows.get(i).split(",");
                var entry = new java.util.HashMap<String, Object>();
                for (int column = 0; column < header.length; column++) {
                    entry.put(header[column], values[column]);
                }
                entry.put("session", sessions.get(i));
                result.add(entry);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String signIn(String email, Csrf csrf) {
        var form = "_csrf=" + encode(csrf.field()) + "&email=" + encode(email) + "&password=" + encode(MEMBER_PASSWORD);
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", CSRF_COOKIE + "=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Could not sign in as " + email + ": HTTP " + response.statusCode() + " to " + location);
        }
        return cookie(response, SESSION_COOKIE);
    }

    private List<String> memberEmails(int count) throws IOException {
        try (var lines = Files.lines(feeders.resolve("members.csv"))) {
            var emails = lines.skip(1).limit(count).toList();
            if (emails.size() < count) {
                throw new IllegalStateException("members.csv holds fewer than " + count + " members");
            }
            return emails;
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1).split(";", 2)[0])
                .filter(value -> !value.isEmpty())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + name + " cookie in the response"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in French, Dutch and English, and every key a page or the code asks for exists. */
class TextBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("ctx\\.t\\(\"([A-Za-z0-9_.]+)\"");
    private static final Pattern TEMPLATE_TEXT_ARGUMENT = Pattern.compile("(?:label|hint) = \"([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:accounts|admin|form|image|mail|nav|error|home|layout|outbox|pager|role|pole)\\.[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)\"");

    @Test
    void everyBundleHasTheSameKeysInTheThreeLanguages() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (var english : files.filter(file -> file.toString().endsWith("_en.properties")).toList()) {
                var base = english.getFileName().toString().replace("_en.properties", "");
                var keys = load(english).stringPropertyNames();
                assertThat(load(BUNDLES.resolve(base + "_fr.properties")).stringPropertyNames())
                        .as("French texts of %s", base)
                        .containsExactlyInAnyOrderElementsOf(keys);
                assertThat(load(BUNDLES.resolve(base + "_nl.properties")).stringPropertyNames())
                        .as("Dutch texts of %s", base)
                        .containsExactlyInAnyOrderElementsOf(keys);
            }
        }
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (var file : files.toList()) {
                var texts = load(file);
                assertThat(texts.stringPropertyNames())
                        .as("empty texts in %s", file.getFileName())
                        .allMatch(key -> !texts.getProperty(key).isBlank());
            }
        }
    }

    @Test
    void everyKeyUsedByTemplatesAndCodeExists() throws IOException {
        var known = allKeys();
        var used = new TreeSet<String>();
        collect(Path.of("src/main/jte"), ".jte", used, TEMPLATE_KEY, TEMPLATE_TEXT_ARGUMENT);
        collect(Path.of("src/main/java"), ".java", used, CODE_KEY);
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    private static Set<String> allKeys() throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (var file : files.filter(f -> f.toString().endsWith("_en.properties")).toList()) {
                keys.addAll(load(file).stringPropertyNames());
            }
        }
        return keys;
    }

    private static void collect(Path root, String suffix, Set<String> used, Pattern... patterns) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                var source = Files.readString(file);
                for (var pattern : patterns) {
                    var matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        if (!matcher.group(1).endsWith(".")) {
                            used.add(matcher.group(1));
                        }
                    }
                }
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

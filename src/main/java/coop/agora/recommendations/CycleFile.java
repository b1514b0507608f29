package coop.agora.recommendations;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;

/**
 * The recommendations of a cycle as read from an import file, in Markdown or CSV, all in one
 * language. Reading stops at the first problem, named with its line, so that nothing of a bad
 * file is imported.
 */
record CycleFile(List<Item> items) {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;
    static final int MAX_ITEMS = 2_000;

    /** A recommendation, {@code line} being where it starts in the file. */
    record Item(int number, @Nullable String theme, List<String> groups, String title, String text, Map<String, String> subPoints,
            List<Reference> see, int line) {}

    /** "9.c": a recommendation's number and, if given, the letter of one of its points. */
    record Reference(int number, String letter, int line) {

        String label() {
            return letter.isEmpty() ? String.valueOf(number) : number + "." + letter;
        }
    }

    /** A problem of the file: a text key, and the line it is on (0 for the whole file). */
    static final class Unreadable extends Exception {

        private final String key;
        private final long line;

        Unreadable(String key, long line) {
            super(key + " at line " + line, null, false, false);
            this.key = key;
            this.line = line;
        }

        String key() {
            return key;
        }

        long line() {
            return line;
        }
    }

    private static final Pattern THEME = Pattern.compile("^##\\s+(.*)$");
    private static final Pattern RECOMMENDATION = Pattern.compile("^###\\s+(\\d{1,4})\\.?\\s+(\\S.*)$");
    private static final Pattern SUB_POINT = Pattern.compile("^####\\s+([a-z])\\.?\\s+(\\S.*)$");
    private static final Pattern FIELD = Pattern.compile("^(groups|see)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("^(\\d{1,4})(?:\\.([a-z]))?$");
    private static final Pattern GROUP = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 _-]{0,29}$");

    /**
     * Reads the Markdown form: {@code ## Theme}, {@code ### 9. Title}, then optional lines
     * {@code groups: BE-ACC1, FR-ACC1} and {@code see: 2, 9.c}, the text, and its points as
     * {@code #### a. Text of the point}. A title line {@code # …} and comments {@code <!-- … -->} are skipped.
     */
    static CycleFile markdown(String content) throws Unreadable {
        var lines = content.replace("\r\n", "\n").split("\n", -1);
        var items = new ArrayList<Item>();
        String theme = null;
        Draft draft = null;
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            var number = i + 1;
            var trimmed = line.strip();
            if (trimmed.startsWith("<!--") && trimmed.endsWith("-->")) {
                continue;
            }
            var themeMatch = THEME.matcher(trimmed);
            var recommendationMatch = RECOMMENDATION.matcher(trimmed);
            var subPointMatch = SUB_POINT.matcher(trimmed);
            if (trimmed.startsWith("###") && !trimmed.startsWith("####") && !recommendationMatch.matches()) {
                throw new Unreadable("recommendations.import.error.heading", number);
            } else if (recommendationMatch.matches()) {
                add(items, draft);
                draft = new Draft(Integer.parseInt(recommendationMatch.group(1)), theme, text(recommendationMatch.group(2), MAX_TITLE, number), number);
            } else if (themeMatch.matches() && !trimmed.startsWith("###")) {
                add(items, draft);
                draft = null;
                theme = text(themeMatch.group(1), 200, number);
                if (theme.isEmpty()) {
                    throw new Unreadable("recommendations.import.error.themeEmpty", number);
                }
            } else if (trimmed.startsWith("####")) {
                if (draft == null) {
                    throw new Unreadable("recommendations.import.error.pointOutside", number);
                }
                if (!subPointMatch.matches()) {
                    throw new Unreadable("recommendations.import.error.pointHeading", number);
                }
                draft.startPoint(subPointMatch.group(1), subPointMatch.group(2), number);
            } else if (draft == null) {
                if (!trimmed.isEmpty() && !(items.isEmpty() && theme == null && trimmed.startsWith("# "))) {
                    throw new Unreadable("recommendations.import.error.textOutside", number);
                }
            } else {
                var field = FIELD.matcher(trimmed);
                if (field.matches() && draft.beforeText()) {
                    if (field.group(1).equalsIgnoreCase("groups")) {
                        draft.groups = groups(field.group(2), number);
                    } else {
                        draft.see = references(field.group(2), number);
                    }
                } else {
                    draft.append(line, number);
                }
            }
            if (items.size() > MAX_ITEMS) {
                throw new Unreadable("recommendations.import.error.tooMany", number);
            }
        }
        add(items, draft);
        return checked(items);
    }

    /**
     * Reads the CSV form: a header with the columns {@code number}, {@code title}, {@code text}
     * and optionally {@code theme}, {@code groups} and {@code see}; a row numbered {@code 9.c} is
     * point c of recommendation 9, its words in {@code text}.
     */
    static CycleFile csv(String content) throws Unreadable {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        var items = new LinkedHashMap<Integer, Draft>();
        try (var parser = CSVParser.parse(new StringReader(content.startsWith("\uFEFF") ? content.substring(1) : content), format)) {
            var columns = new HashSet<String>();
            parser.getHeaderNames().forEach(name -> columns.add(name.strip().toLowerCase(Locale.ROOT)));
            if (!columns.containsAll(List.of("number", "title", "text"))) {
                throw new Unreadable("recommendations.import.error.csvHeader", 1);
            }
            var headers = new LinkedHashMap<String, String>();
            parser.getHeaderNames().forEach(name -> headers.put(name.strip().toLowerCase(Locale.ROOT), name));
            var iterator = parser.iterator();
            while (true) {
                var line = parser.getCurrentLineNumber() + 1;
                if (!iterator.hasNext()) {
                    break;
                }
                var row = iterator.next();
                if (!row.isConsistent()) {
                    throw new Unreadable("recommendations.import.error.csvColumns", line);
                }
                var number = row.get(headers.get("number")).strip();
                var reference = REFERENCE.matcher(number);
                if (!reference.matches()) {
                    throw new Unreadable("recommendations.import.error.number", line);
                }
                var recommendation = Integer.parseInt(reference.group(1));
                if (reference.group(2) != null) {
                    var draft = items.get(recommendation);
                    if (draft == null) {
                        throw new Unreadable("recommendations.import.error.pointBeforeRecommendation", line);
                    }
                    draft.startPoint(reference.group(2), row.get(headers.get("text")), line);
                    continue;
                }
                if (items.containsKey(recommendation)) {
                    throw new Unreadable("recommendations.import.error.duplicate", line);
                }
                var theme = headers.containsKey("theme") ? text(row.get(headers.get("theme")), 200, line) : "";
                var draft = new Draft(recommendation, theme.isEmpty() ? null : theme, text(row.get(headers.get("title")), MAX_TITLE, line), line);
                if (headers.containsKey("groups")) {
                    draft.groups = groups(row.get(headers.get("groups")), line);
                }
                if (headers.containsKey("see")) {
                    draft.see = references(row.get(headers.get("see")), line);
                }
                draft.append(row.get(headers.get("text")), line);
                items.put(recommendation, draft);
                if (items.size() > MAX_ITEMS) {
                    throw new Unreadable("recommendations.import.error.tooMany", line);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("recommendations.import.error.csv", 0);
        }
        var list = new ArrayList<Item>();
        for (var draft : items.values()) {
            add(list, draft);
        }
        return checked(list);
    }

    private static CycleFile checked(List<Item> items) throws Unreadable {
        if (items.isEmpty()) {
            throw new Unreadable("recommendations.import.error.empty", 0);
        }
        var numbers = new HashSet<Integer>();
        for (var item : items) {
            if (!numbers.add(item.number())) {
                throw new Unreadable("recommendations.import.error.duplicate", item.line());
            }
        }
        for (var item : items) {
            for (var reference : item.see()) {
                if (reference.number() == item.number()) {
                    throw new Unreadable("recommendations.import.error.selfReference", reference.line());
                }
                if (!numbers.contains(reference.number())) {
                    throw new Unreadable("recommendations.import.error.missingReference", reference.line());
                }
            }
        }
        return new CycleFile(List.copyOf(items));
    }

    private static void add(List<Item> items, @Nullable Draft draft) throws Unreadable {
        if (draft != null) {
            items.add(draft.item());
        }
    }

    private static String text(String value, int max, long line) throws Unreadable {
        var text = value.strip();
        if (text.length() > max) {
            throw new Unreadable("recommendations.import.error.tooLong", line);
        }
        return text;
    }

    private static List<String> groups(String value, long line) throws Unreadable {
        var groups = new ArrayList<String>();
        for (var group : value.split("[,;]")) {
            var code = group.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!GROUP.matcher(code).matches()) {
                throw new Unreadable("recommendations.import.error.group", line);
            }
            groups.add(code.toUpperCase(Locale.ROOT));
        }
        return groups;
    }

    static List<Reference> references(String value, long line) throws Unreadable {
        var references = new ArrayList<Reference>();
        for (var part : value.split("[,;\\s]+")) {
            var label = part.strip().toLowerCase(Locale.ROOT);
            if (label.isEmpty()) {
                continue;
            }
            var matcher = REFERENCE.matcher(label);
            if (!matcher.matches()) {
                throw new Unreadable("recommendations.import.error.reference", line);
            }
            var reference = new Reference(Integer.parseInt(matcher.group(1)), matcher.group(2) == null ? "" : matcher.group(2), (int) line);
            if (!references.contains(reference)) {
                references.add(reference);
            }
        }
        return references;
    }

    /** A recommendation being read: its text, then its points, each gathering the lines that follow. */
    private static final class Draft {

        final int number;
        final @Nullable String theme;
        final String title;
        final int line;
        List<String> groups = List.of();
        List<Reference> see = List.of();
        private final StringBuilder text = new StringBuilder();
        private final Map<String, StringBuilder> points = new LinkedHashMap<>();
        private @Nullable StringBuilder current;

        Draft(int number, @Nullable String theme, String title, long line) throws Unreadable {
            if (title.isEmpty()) {
                throw new Unreadable("recommendations.import.error.titleEmpty", line);
            }
            this.number = number;
            this.theme = theme;
            this.title = title;
            this.line = (int) line;
        }

        boolean beforeText() {
            return text.toString().isBlank() && points.isEmpty();
        }

        void startPoint(String letter, String words, long line) throws Unreadable {
            if (points.containsKey(letter)) {
                throw new Unreadable("recommendations.import.error.duplicatePoint", line);
            }
            current = new StringBuilder(words.strip());
            points.put(letter, current);
        }

        void append(String words, long line) throws Unreadable {
            var target = current == null ? text : current;
            if (!target.isEmpty()) {
                target.append('\n');
            }
            target.append(words.stripTrailing());
            if (target.length() > MAX_TEXT) {
                throw new Unreadable("recommendations.import.error.tooLong", line);
            }
        }

        Item item() throws Unreadable {
            var body = text.toString().strip();
            if (body.isEmpty() && points.isEmpty()) {
                throw new Unreadable("recommendations.import.error.noText", line);
            }
            var subPoints = new LinkedHashMap<String, String>();
            for (var point : points.entrySet()) {
                var words = point.getValue().toString().strip();
                if (words.isEmpty()) {
                    throw new Unreadable("recommendations.import.error.noText", line);
                }
                subPoints.put(point.getKey(), words);
            }
            return new Item(number, theme, groups, title, body, subPoints, see, line);
        }
    }
}

package coop.agora.mentoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

final class Forms {

    /** Skill boxes and checkboxes a form may hold at most. */
    static final int MAX_SKILLS = 6;

    private Forms() {}

    /** The non-blank values, stripped, in order and without repeats. */
    static List<String> filled(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).distinct()
                .limit(50).toList();
    }
}

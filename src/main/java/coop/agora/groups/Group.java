package coop.agora.groups;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A group as its pages show it.
 *
 * @param place the office's name in the reader's language or the town, empty when not local
 * @param forumPath the group's forum category, once approved
 */
public record Group(
        long id,
        String name,
        GroupKind kind,
        @Nullable Long officeId,
        @Nullable String town,
        String place,
        String description,
        String descriptionHtml,
        List<String> languages,
        Joining joining,
        String status,
        @Nullable Long proposedBy,
        @Nullable String refusalReason,
        @Nullable String forumPath,
        int memberCount,
        Instant createdAt) {

    public boolean approved() {
        return status.equals("APPROVED");
    }

    public boolean proposed() {
        return status.equals("PROPOSED");
    }

    public String languageNames(Locale reader) {
        return String.join(", ", languages.stream().map(code -> {
            var name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
            return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
        }).toList());
    }
}

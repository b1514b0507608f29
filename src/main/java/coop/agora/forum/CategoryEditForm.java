package coop.agora.forum;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A category as an admin or one of its moderators edits it; moderators change only the
 * descriptions. {@code moderators} holds the moderators' e-mail addresses, one per line.
 */
public record CategoryEditForm(
        String parent,
        String position,
        String visibility,
        String nameFr,
        String nameNl,
        String nameEn,
        String descriptionFr,
        String descriptionNl,
        String descriptionEn,
        String moderators) {

    public CategoryEditForm {
        parent = parent == null ? "" : parent.strip();
        position = position == null ? "" : position.strip();
        visibility = visibility == null ? "" : visibility;
        nameFr = nameFr == null ? "" : nameFr.strip();
        nameNl = nameNl == null ? "" : nameNl.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        descriptionFr = descriptionFr == null ? "" : descriptionFr.strip();
        descriptionNl = descriptionNl == null ? "" : descriptionNl.strip();
        descriptionEn = descriptionEn == null ? "" : descriptionEn.strip();
        moderators = moderators == null ? "" : moderators.strip();
    }

    static CategoryEditForm of(Category category, List<String> moderatorAddresses) {
        return new CategoryEditForm(category.parentId() == null ? "" : String.valueOf(category.parentId()), String.valueOf(category.position()),
                category.visibility().name(), category.nameFr(), category.nameNl(), category.nameEn(), category.descriptionFr(),
                category.descriptionNl(), category.descriptionEn(), String.join("\n", moderatorAddresses));
    }

    /** The addresses typed, lower-cased, without blanks or repeats. */
    List<String> moderatorAddresses() {
        return Arrays.stream(moderators.split("[\\s,;]+")).map(address -> address.strip().toLowerCase(Locale.ROOT))
                .filter(address -> !address.isEmpty()).distinct().toList();
    }

    String[] names() {
        return new String[] {nameFr, nameNl, nameEn};
    }

    String[] descriptions() {
        return new String[] {descriptionFr, descriptionNl, descriptionEn};
    }
}

package coop.agora.forum;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Categories other modules open in the forum, such as a member group's own category. */
@Service
public class ForumCategories {

    private final Categories categories;

    ForumCategories(Categories categories) {
        this.categories = categories;
    }

    /** A category's address and name, for linking to it. */
    public record Link(long id, String slug) {

        public String path() {
            return "/forum/c/" + slug;
        }
    }

    /**
     * The category of a member group, readable only by its members; names and descriptions in
     * French, Dutch and English. Asking again for the same group returns its category.
     */
    @Transactional
    public Link createForGroup(long groupId, String name, String[] descriptions) {
        var existing = categories.ofGroup(groupId);
        if (existing.isPresent()) {
            return new Link(existing.get().id(), existing.get().slug());
        }
        var slug = "group-" + groupId + slugOf(name);
        var id = categories.create(null, slug, "GROUP", null, new String[] {name, name, name}, descriptions, Category.Visibility.GROUP,
                1000, groupId);
        return new Link(id, slug);
    }

    /**
     * Gives a group's category the group's new name, with descriptions in French, Dutch and
     * English; its address stays, so that links to it keep working. Nothing happens for a group
     * without a category.
     */
    @Transactional
    public void renameForGroup(long groupId, String name, String[] descriptions) {
        categories.ofGroup(groupId).ifPresent(category -> categories.rename(category.id(), new String[] {name, name, name}, descriptions));
    }

    /** The category of a group, if it has one. */
    public java.util.Optional<Link> ofGroup(long groupId) {
        return categories.ofGroup(groupId).map(category -> new Link(category.id(), category.slug()));
    }

    private static String slugOf(String name) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        folded = folded.length() > 50 ? folded.substring(0, 50).replaceAll("-+$", "") : folded;
        return folded.isEmpty() ? "" : "-" + folded;
    }
}

package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a category after it was created. Admins change everything; a category's own moderators
 * change only its descriptions. A category somebody wrote in is archived, never deleted.
 */
@Service
class CategoryEditing {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_MODERATORS = 20;

    private final Categories categories;
    private final Topics topics;
    private final Members members;

    CategoryEditing(Categories categories, Topics topics, Members members) {
        this.categories = categories;
        this.topics = topics;
        this.members = members;
    }

    static boolean mayEditEverything(Viewer viewer) {
        return viewer.hasRole("ADMIN");
    }

    /** The moderators' addresses, for the form. */
    List<String> moderatorAddresses(long categoryId) {
        var contacts = members.contacts(categories.moderators(categoryId));
        return categories.moderators(categoryId).stream().filter(contacts::containsKey).map(id -> contacts.get(id).email()).toList();
    }

    /** Saves the changes, or refuses them all with the reasons. */
    @Transactional
    void edit(Viewer editor, Category category, CategoryEditForm form) {
        var errors = FormErrors.builder();
        checkText("descriptionFr", form.descriptionFr(), MAX_DESCRIPTION, errors);
        checkText("descriptionNl", form.descriptionNl(), MAX_DESCRIPTION, errors);
        checkText("descriptionEn", form.descriptionEn(), MAX_DESCRIPTION, errors);
        if (!mayEditEverything(editor)) {
            if (errors.any()) {
                throw new Posting.Refused(errors.build(), false);
            }
            categories.describe(category.id(), form.descriptions());
            return;
        }
        checkText("nameFr", form.nameFr(), MAX_NAME, errors);
        checkText("nameNl", form.nameNl(), MAX_NAME, errors);
        checkText("nameEn", form.nameEn(), MAX_NAME, errors);
        var parent = parent(category, form.parent(), errors);
        var visibility = visibility(category, form.visibility(), errors);
        var position = position(form.position(), errors);
        var moderators = moderators(form.moderatorAddresses(), errors);
        if (errors.any() || visibility == null) {
            throw new Posting.Refused(errors.build(), false);
        }
        categories.update(category.id(), new Categories.Changes(parent, form.names(), form.descriptions(), visibility, position));
        if (visibility != category.visibility()) {
            var changed = categories.find(category.id()).orElseThrow();
            // Through the entities, so that search learns who may now find the category's posts.
            topics.findAllById(categories.topicIds(category.id())).forEach(topic -> topic.moveTo(changed));
        }
        var current = new HashSet<>(categories.moderators(category.id()));
        current.stream().filter(id -> !moderators.contains(id)).forEach(id -> categories.removeModerator(category.id(), id));
        moderators.stream().filter(id -> !current.contains(id)).forEach(id -> categories.addModerator(category.id(), id));
    }

    /** What closing a category did. */
    enum Closed {
        DELETED,
        ARCHIVED
    }

    /** Deletes a category nobody wrote in, and archives one with topics, subcategories or FAQ entries; a group's category stays with its group. */
    @Transactional
    Closed close(Category category) {
        if (category.groupId() != null) {
            throw new Posting.Refused(FormErrors.builder().rejectForm("forum.admin.error.groupCategory").build(), false);
        }
        if (categories.holdsAnything(category.id())) {
            categories.archive(category.id(), true);
            return Closed.ARCHIVED;
        }
        categories.delete(category.id());
        return Closed.DELETED;
    }

    @Transactional
    void reopen(Category category) {
        categories.archive(category.id(), false);
    }

    private @Nullable Long parent(Category category, String typed, FormErrors.Builder errors) {
        if (typed.isEmpty()) {
            return null;
        }
        if (category.groupId() != null) {
            errors.reject("parent", "forum.admin.error.parent");
            return null;
        }
        try {
            var parent = categories.find(Long.parseLong(typed));
            if (parent.isEmpty() || parent.get().groupId() != null) {
                errors.reject("parent", "forum.admin.error.parent");
                return null;
            }
            if (categories.wouldCycle(category.id(), parent.get().id())) {
                errors.reject("parent", "forum.admin.error.cycle");
                return null;
            }
            return parent.get().id();
        } catch (NumberFormatException e) {
            errors.reject("parent", "forum.admin.error.parent");
            return null;
        }
    }

    private static Category.@Nullable Visibility visibility(Category category, String typed, FormErrors.Builder errors) {
        if (category.visibility() == Category.Visibility.GROUP) {
            // A group's category is readable by the group's members, whatever the form says.
            return Category.Visibility.GROUP;
        }
        try {
            var visibility = Category.Visibility.valueOf(typed);
            if (visibility != Category.Visibility.GROUP) {
                return visibility;
            }
        } catch (IllegalArgumentException e) {
            // Reported below, as for a group's visibility chosen by hand.
        }
        errors.reject("visibility", "form.error.invalid");
        return null;
    }

    private static int position(String typed, FormErrors.Builder errors) {
        try {
            var position = Integer.parseInt(typed);
            if (position >= 0 && position <= 10_000) {
                return position;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        errors.reject("position", "forum.admin.error.position");
        return 0;
    }

    private List<Long> moderators(List<String> addresses, FormErrors.Builder errors) {
        if (addresses.size() > MAX_MODERATORS) {
            errors.reject("moderators", "forum.admin.error.tooManyModerators");
            return List.of();
        }
        var ids = new ArrayList<Long>();
        for (var address : addresses) {
            var id = address.length() > 254 ? null : members.idOf(address).orElse(null);
            if (id == null) {
                errors.reject("moderators", "forum.admin.error.moderators");
                return List.of();
            }
            ids.add(id);
        }
        return ids;
    }

    static void checkText(String field, String text, int max, FormErrors.Builder errors) {
        if (text.isEmpty()) {
            errors.reject(field, "forum.admin.error.required");
        } else if (text.length() > max) {
            errors.reject(field, "forum.admin.error.tooLong");
        }
    }
}

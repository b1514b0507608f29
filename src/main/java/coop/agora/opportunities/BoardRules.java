package coop.agora.opportunities;

import coop.agora.directory.Matchmaking;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What an opportunity must be to be published, and who may do what with it. */
@Component
class BoardRules {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final int MAX_TITLE = 150;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_BUDGET = 200;
    static final int MATCH_RADIUS_KM = 50;
    static final int MAX_YEARS_AHEAD = 2;
    /** Tags in text meant as plain words or Markdown; links written as {@code <https://…>} are Markdown. */
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*(?!https?:|mailto:)[a-zA-Z!][^>]*>");

    private final Matchmaking matchmaking;

    BoardRules(Matchmaking matchmaking) {
        this.matchmaking = matchmaking;
    }

    /** The form as an opportunity to save, or every problem found, keyed to its field. */
    record Outcome(@Nullable Checked checked, FormErrors errors) {}

    Outcome check(OpportunityForm form, Viewer author, LocalDate today) {
        var errors = FormErrors.builder();
        var kind = kind(form.kind());
        if (kind.isEmpty()) {
            errors.reject("kind", "opportunities.error.kind");
        }
        var title = form.title().strip();
        if (title.isEmpty()) {
            errors.reject("title", "opportunities.error.titleRequired");
        } else if (title.length() > MAX_TITLE) {
            errors.reject("title", "opportunities.error.titleLong");
        } else if (TAG.matcher(title).find() || title.chars().anyMatch(Character::isISOControl)) {
            errors.reject("title", "opportunities.error.markup");
        }
        var description = form.description().strip();
        if (description.isEmpty()) {
            errors.reject("description", "opportunities.error.descriptionRequired");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.reject("description", "opportunities.error.descriptionLong");
        } else if (TAG.matcher(description).find() || description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.reject("description", "opportunities.error.markup");
        }
        var skillIds = new LinkedHashSet<Long>();
        for (int index = 0; index < Math.min(form.skills().size(), OpportunityForm.SKILL_FIELDS); index++) {
            var typed = form.skills().get(index).strip();
            if (typed.isEmpty()) {
                continue;
            }
            var found = typed.length() > 80 ? Optional.<Long>empty() : matchmaking.skillNamed(typed, author.id());
            if (found.isEmpty()) {
                errors.reject("skill" + index, "opportunities.error.unknownSkill");
            } else {
                skillIds.add(found.get());
            }
        }
        if (form.skills().size() > OpportunityForm.SKILL_FIELDS) {
            errors.reject("skill0", "opportunities.error.tooManySkills");
        }
        Matchmaking.Town town = null;
        Region region = null;
        switch (form.place()) {
            case "town" -> {
                town = form.town().isBlank() || form.town().length() > 80
                        ? null
                        : matchmaking.townNamed(form.town(), author.language()).orElse(null);
                if (town == null) {
                    errors.reject("town", "opportunities.error.town");
                }
            }
            case "region" -> {
                region = Region.of(form.region()).orElse(null);
                if (region == null) {
                    errors.reject("region", "opportunities.error.region");
                }
            }
            case "remote" -> { }
            default -> errors.reject("place", "opportunities.error.place");
        }
        var languages = new ArrayList<String>();
        for (var language : new LinkedHashSet<>(form.languages())) {
            if (Matchmaking.languageCodes().contains(language)) {
                languages.add(language);
            } else {
                errors.reject("languages", "opportunities.error.languages");
            }
        }
        if (languages.isEmpty()) {
            errors.reject("languages", "opportunities.error.languages");
        }
        var budget = form.budget().strip();
        if (budget.length() > MAX_BUDGET) {
            errors.reject("budget", "opportunities.error.budgetLong");
        } else if (TAG.matcher(budget).find() || budget.chars().anyMatch(Character::isISOControl)) {
            errors.reject("budget", "opportunities.error.markup");
        }
        LocalDate deadline = null;
        try {
            deadline = LocalDate.parse(form.deadline().strip());
            if (deadline.isBefore(today)) {
                errors.reject("deadline", "opportunities.error.deadlinePast");
            } else if (deadline.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                errors.reject("deadline", "opportunities.error.deadlineFar");
            }
        } catch (DateTimeParseException e) {
            errors.reject("deadline", "opportunities.error.deadline");
        }
        if (!"MEMBERS".equals(form.audience()) && !"PUBLIC".equals(form.audience())) {
            errors.reject("audience", "opportunities.error.audience");
        }
        if (form.byCooperative() && !staff(author)) {
            errors.reject("asCooperative", "opportunities.error.asCooperative");
        }
        if (errors.any() || kind.isEmpty() || deadline == null) {
            return new Outcome(null, errors.build());
        }
        return new Outcome(new Checked(kind.get(), title, description, skillIds, form.place().toUpperCase(Locale.ROOT), town, region,
                languages, budget, deadline, form.audience(), form.byCooperative()), FormErrors.none());
    }

    static Optional<OpportunityKind> kind(String name) {
        for (var kind : OpportunityKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Advisors and admins may publish in the name of the cooperative. */
    static boolean staff(@Nullable Viewer viewer) {
        return viewer != null && (viewer.hasRole("ADVISOR") || viewer.hasRole("ADMIN"));
    }

    static boolean mayManage(@Nullable Viewer viewer, Opportunity opportunity) {
        return viewer != null && (viewer.hasRole("ADMIN") || Long.valueOf(viewer.id()).equals(opportunity.authorId()));
    }

    static boolean moderator(@Nullable Viewer viewer) {
        return viewer != null && (viewer.hasRole("MODERATOR") || viewer.hasRole("ADMIN"));
    }

    /** Whether someone may open the page: hidden ones only for their author and moderators, members-only ones for members. */
    static boolean mayRead(@Nullable Viewer viewer, Opportunity opportunity) {
        if (opportunity.hidden() && !moderator(viewer) && !mayManage(viewer, opportunity)) {
            return false;
        }
        return viewer != null || opportunity.isPublic();
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}

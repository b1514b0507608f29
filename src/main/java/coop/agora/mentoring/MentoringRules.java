package coop.agora.mentoring;

import coop.agora.directory.DirectoryFacts;
import coop.agora.directory.Sector;
import coop.agora.platform.web.FormErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What a valid offer or request is, and turning typed skills and towns into the directory's. */
@Component
class MentoringRules {

    static final int MAX_CAPACITY = 10;
    static final int MIN_PROJECT = 20;
    static final int MAX_TEXT = 5_000;
    private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z!/]");

    private final DirectoryFacts directory;

    MentoringRules(DirectoryFacts directory) {
        this.directory = directory;
    }

    /** What both forms have in common, checked and resolved. */
    record Profile(List<Long> skillIds, List<String> sectors, List<String> languages, DirectoryFacts.@Nullable Town town) {}

    /** A checked offer, ready to store. */
    record Offer(Profile profile, boolean remote, int capacity, String about) {}

    /** A checked request, ready to store. */
    record Ask(Profile profile, boolean remoteOk, String project) {}

    /** A form refused with its problems; nothing was changed. */
    static final class Refused extends RuntimeException {

        private final FormErrors errors;

        Refused(FormErrors errors) {
            super(null, null, false, false);
            this.errors = errors;
        }

        static Refused because(String key) {
            return new Refused(FormErrors.builder().rejectForm(key).build());
        }

        FormErrors errors() {
            return errors;
        }
    }

    Offer offer(MentorForm form, long memberId, Locale language) {
        var errors = FormErrors.builder();
        var profile = profile(form.skills(), form.sectors(), form.languages(), form.town(), memberId, language, errors);
        if (profile.skillIds().isEmpty() && !errors.has("skills")) {
            errors.reject("skills", "mentoring.error.skillsRequired");
        }
        Integer capacity = null;
        try {
            capacity = Integer.parseInt(form.capacity());
        } catch (NumberFormatException e) {
            capacity = null;
        }
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            errors.reject("capacity", "mentoring.error.capacity");
        }
        if (profile.town() == null && !form.remotely() && !errors.has("town")) {
            errors.reject("town", "mentoring.error.townOrRemote");
        }
        text("about", form.about(), 0, errors);
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        return new Offer(profile, form.remotely(), capacity, form.about());
    }

    Ask ask(RequestForm form, long memberId, Locale language) {
        var errors = FormErrors.builder();
        text("project", form.project(), MIN_PROJECT, errors);
        var profile = profile(form.skills(), form.sectors(), form.languages(), form.town(), memberId, language, errors);
        if (profile.town() == null && !form.remotely() && !errors.has("town")) {
            errors.reject("town", "mentoring.error.townOrRemote");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        return new Ask(profile, form.remotely(), form.project());
    }

    private Profile profile(List<String> skills, List<String> sectors, List<String> languages, String town, long memberId, Locale language,
            FormErrors.Builder errors) {
        var skillIds = new ArrayList<Long>();
        if (skills.size() > Forms.MAX_SKILLS) {
            errors.reject("skills", "mentoring.error.tooManySkills");
        } else {
            for (var typed : skills) {
                var found = directory.skill(typed, memberId, language);
                if (found.isEmpty()) {
                    errors.reject("skills", "mentoring.error.unknownSkill");
                    break;
                }
                if (!skillIds.contains(found.get().id())) {
                    skillIds.add(found.get().id());
                }
            }
        }
        var known = Arrays.stream(Sector.values()).map(Sector::name).toList();
        if (!known.containsAll(sectors)) {
            errors.reject("sectors", "mentoring.error.sectors");
        }
        if (languages.isEmpty() || !directory.languageCodes().containsAll(languages)) {
            errors.reject("languages", "mentoring.error.languages");
        }
        DirectoryFacts.Town place = null;
        if (!town.isEmpty()) {
            place = directory.town(town, language).orElse(null);
            if (place == null) {
                errors.reject("town", "mentoring.error.unknownTown");
            }
        }
        return new Profile(List.copyOf(skillIds), sectors, languages, place);
    }

    private static void text(String field, String text, int min, FormErrors.Builder errors) {
        if (text.length() < min) {
            errors.reject(field, "mentoring.error." + field + "Short");
        } else if (text.length() > MAX_TEXT) {
            errors.reject(field, "mentoring.error.textLong");
        } else if (HTML.matcher(text).find()) {
            errors.reject(field, "mentoring.error.noHtml");
        }
    }
}

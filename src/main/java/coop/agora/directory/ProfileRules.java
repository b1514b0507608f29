package coop.agora.directory;

import coop.agora.platform.web.FormErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks a submitted profile; every problem becomes a text key next to its field, and nothing is stored. */
@Component
class ProfileRules {

    static final int MAX_NAME = 100;
    static final int MAX_HEADLINE = 150;
    static final int MAX_BIO = 5_000;
    static final int MAX_URL = 300;
    static final int MAX_LINKS = 5;
    static final int MAX_SKILLS = 30;

    private final Towns towns;
    private final Skills skills;
    private final SkillVocabulary vocabulary;

    ProfileRules(Towns towns, Skills skills, SkillVocabulary vocabulary) {
        this.towns = towns;
        this.skills = skills;
        this.vocabulary = vocabulary;
    }

    /** A checked profile, and the name of a skill to add to the vocabulary when it is saved. */
    record Checked(Profile.Description description, @Nullable String proposedSkill) {}

    Checked check(ProfileForm form, long memberId, Locale language, FormErrors.Builder errors) {
        var name = form.displayName().strip();
        if (name.isEmpty()) {
            errors.reject("displayName", "directory.error.nameRequired");
        } else if (name.length() > MAX_NAME) {
            errors.reject("displayName", "directory.error.nameLong");
        } else if (hasControlCharacters(name)) {
            errors.reject("displayName", "directory.error.invalidCharacters");
        }
        var headline = form.headline().strip();
        if (headline.length() > MAX_HEADLINE) {
            errors.reject("headline", "directory.error.headlineLong");
        } else if (hasControlCharacters(headline)) {
            errors.reject("headline", "directory.error.invalidCharacters");
        }
        var bio = form.bio().strip();
        if (bio.length() > MAX_BIO) {
            errors.reject("bio", "directory.error.bioLong");
        }
        var visibility = visibility(form.visibility(), errors);
        if (visibility.listed() && !form.checked(form.consent())) {
            errors.reject("consent", "directory.error.consentMissing");
        }
        Place place = null;
        if (!form.town().isBlank()) {
            place = towns.find(form.town(), language).orElse(null);
            if (place == null) {
                errors.reject("town", "directory.error.townUnknown");
            }
        }
        var website = form.website().strip();
        if (!website.isEmpty() && webAddress(website).isEmpty()) {
            errors.reject("website", "directory.error.linkInvalid");
        }
        var links = new ArrayList<String>();
        for (var line : form.links().split("\\R")) {
            var link = line.strip();
            if (link.isEmpty()) {
                continue;
            }
            if (webAddress(link).isEmpty()) {
                errors.reject("links", "directory.error.linkInvalid");
            } else {
                links.add(link);
            }
        }
        if (links.size() > MAX_LINKS) {
            errors.reject("links", "directory.error.linksTooMany");
        }
        var sectors = EnumSet.noneOf(Sector.class);
        for (var sector : form.sectors()) {
            try {
                sectors.add(Sector.valueOf(sector));
            } catch (IllegalArgumentException e) {
                errors.reject("sectors", "directory.error.choiceUnknown");
            }
        }
        var languages = new ArrayList<String>();
        for (var code : form.languages()) {
            if (SpokenLanguages.known(code)) {
                languages.add(code);
            } else {
                errors.reject("languages", "directory.error.choiceUnknown");
            }
        }
        var chosen = chosenSkills(form.skills(), memberId, errors);
        String proposed = null;
        if (!form.newSkill().isBlank()) {
            var known = knownSkill(form, memberId, errors);
            if (known.isPresent()) {
                chosen.add(known.get());
            } else if (!errors.has("newSkill")) {
                proposed = form.newSkill().strip();
            }
        }
        if (chosen.size() + (proposed == null ? 0 : 1) > MAX_SKILLS) {
            errors.reject("skills", "directory.error.skillsTooMany");
        }
        return new Checked(new Profile.Description(
                name,
                headline,
                bio,
                place,
                form.checked(form.openToMissions()),
                form.checked(form.openToCollaborate()),
                form.checked(form.offersMentoring()),
                website,
                List.copyOf(links),
                sectors,
                List.copyOf(languages),
                chosen), proposed);
    }

    Visibility visibility(String value, FormErrors.Builder errors) {
        try {
            return Visibility.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.reject("visibility", "directory.error.choiceUnknown");
            return Visibility.HIDDEN;
        }
    }

    /** The vocabulary's skill named in the "add a skill" box; an error unless the member asked to propose it. */
    private Optional<Skill> knownSkill(ProfileForm form, long memberId, FormErrors.Builder errors) {
        var typed = form.newSkill().strip();
        if (typed.length() > Skill.MAX_LABEL) {
            errors.reject("newSkill", "directory.error.skillLong");
            return Optional.empty();
        }
        if (hasControlCharacters(typed)) {
            errors.reject("newSkill", "directory.error.invalidCharacters");
            return Optional.empty();
        }
        var known = vocabulary.find(typed, memberId);
        if (known.isEmpty() && !form.checked(form.proposeSkill())) {
            errors.reject("newSkill", "directory.error.skillUnknown");
        }
        return known;
    }

    private Set<Skill> chosenSkills(List<String> ids, long memberId, FormErrors.Builder errors) {
        var parsed = new LinkedHashSet<Long>();
        for (var id : ids) {
            try {
                parsed.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                errors.reject("skills", "directory.error.choiceUnknown");
            }
        }
        var found = new LinkedHashSet<Skill>();
        for (var skill : skills.findAllById(parsed)) {
            if (skill.approved() || Long.valueOf(memberId).equals(skill.proposedBy())) {
                found.add(skill);
            }
        }
        if (found.size() < parsed.size()) {
            errors.reject("skills", "directory.error.choiceUnknown");
        }
        return found;
    }

    /** An http or https address with a host, nothing else: no {@code javascript:} or {@code data:}. */
    static Optional<URI> webAddress(String text) {
        if (text.length() > MAX_URL || hasControlCharacters(text)) {
            return Optional.empty();
        }
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean hasControlCharacters(@Nullable String text) {
        return text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}

package coop.agora.directory;

import coop.agora.platform.FileStore;
import coop.agora.platform.Images;
import coop.agora.platform.Markdown;
import org.hibernate.Hibernate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' profiles: writing one's own, choosing who sees it with recorded consent, and reading others'. */
@Service
class MemberProfiles {

    /** The version of the visibility explanation members read before choosing; change it when the text changes. */
    static final String CONSENT_TEXT_VERSION = "2026-11";

    private final Profiles profiles;
    private final SkillVocabulary vocabulary;
    private final JdbcClient db;
    private final Markdown markdown;
    private final FileStore files;

    /** The name under which the directory's files are kept in the file store. */
    static final String PHOTO_MODULE = "directory";

    MemberProfiles(Profiles profiles, SkillVocabulary vocabulary, JdbcClient db, Markdown markdown, FileStore files) {
        this.files = files;
        this.profiles = profiles;
        this.vocabulary = vocabulary;
        this.db = db;
        this.markdown = markdown;
    }

    @Transactional(readOnly = true)
    Optional<Profile> own(long memberId) {
        var profile = profiles.findById(memberId);
        profile.ifPresent(found -> {
            Hibernate.initialize(found.place());
            found.skills();
            found.portfolio();
        });
        return profile;
    }

    /** Stores the member's profile and, when the visibility changes, what they consented to and when. */
    @Transactional
    void save(long memberId, ProfileRules.Checked checked, Visibility visibility) {
        var existing = profiles.findById(memberId);
        var profile = existing.orElseGet(() -> new Profile(memberId, checked.description().displayName()));
        var choiceChanged = existing.isEmpty() || profile.visibility() != visibility;
        var description = checked.description();
        if (checked.proposedSkill() != null) {
            var skills = new java.util.HashSet<>(description.skills());
            skills.add(vocabulary.propose(checked.proposedSkill(), memberId));
            description = new Profile.Description(description.displayName(), description.headline(), description.bio(),
                    description.place(), description.openToMissions(), description.openToCollaborate(),
                    description.offersMentoring(), description.website(), description.links(), description.sectors(),
                    description.languages(), skills);
        }
        profile.describe(description);
        if (choiceChanged) {
            db.sql("insert into directory.consent (member_id, visibility, text_version) values (?, ?, ?)")
                    .params(memberId, visibility.name(), CONSENT_TEXT_VERSION)
                    .update();
        }
        profile.show(visibility);
        profiles.save(profile);
    }

    /**
     * The profile as this reader may see it: a public one for anyone, a members' one for signed-in
     * people, a hidden one for its owner only.
     */
    @Transactional(readOnly = true)
    Optional<ProfileView> visibleTo(long memberId, @Nullable Long readerId, Locale language) {
        return profiles.findById(memberId)
                .filter(profile -> mayRead(profile, readerId))
                .map(profile -> view(profile, language));
    }

    static boolean mayRead(Profile profile, @Nullable Long readerId) {
        return switch (profile.visibility()) {
            case PUBLIC -> true;
            case MEMBERS -> readerId != null;
            case HIDDEN -> Long.valueOf(profile.memberId()).equals(readerId);
        };
    }

    ProfileView view(Profile profile, Locale language) {
        var place = profile.place();
        return new ProfileView(
                profile.memberId(),
                ProfileView.pathOf(profile.memberId(), profile.displayName()),
                profile.displayName(),
                profile.headline(),
                markdown.toSafeHtml(profile.bio()),
                profile.visibility(),
                place == null ? null : place.label(language),
                profile.skills().stream().map(skill -> skill.label(language)).sorted(Comparator.comparing(Folding::fold)).toList(),
                profile.sectors().stream().map(Sector::labelKey).toList(),
                profile.languages().stream().map(code -> SpokenLanguages.name(code, language)).toList(),
                profile.openToMissions(),
                profile.openToCollaborate(),
                profile.offersMentoring(),
                profile.website(),
                profile.links(),
                profile.photoId() == null ? null : "/directory/members/" + profile.memberId() + "/photo?v=" + profile.photoId(),
                profile.portfolio().stream().map(MemberPortfolios::entry).toList());
    }

    /**
     * Stores a checked photo as the member's, deleting the one it replaces; a member without a
     * profile yet gets a hidden one, so the photo shows nowhere until they choose to be listed.
     */
    @Transactional
    void changePhoto(long memberId, String displayName, Images.Normalized photo) {
        var profile = profiles.findById(memberId).orElseGet(() -> profiles.save(new Profile(memberId, displayName)));
        var stored = files.save(PHOTO_MODULE, memberId, "photo", photo.contentType(), photo.bytes());
        var previous = profile.showPhoto(stored.id());
        if (previous != null) {
            files.delete(previous);
        }
    }

    @Transactional
    void removePhoto(long memberId) {
        profiles.findById(memberId).ifPresent(profile -> {
            var previous = profile.showPhoto(null);
            if (previous != null) {
                files.delete(previous);
            }
        });
    }

    /** The photo of a profile this reader may see. */
    @Transactional(readOnly = true)
    Optional<FileStore.Content> photo(long memberId, @Nullable Long readerId) {
        return profiles.findById(memberId)
                .filter(profile -> mayRead(profile, readerId))
                .map(Profile::photoId)
                .flatMap(files::read);
    }

    /** A public profile's address and when it last changed, for search engines. */
    record PublicPage(String path, java.time.Instant updatedAt) {}

    List<PublicPage> publicPages() {
        return db.sql("select member_id, display_name, updated_at from directory.profile where visibility = 'PUBLIC' order by member_id limit 50000")
                .query((row, number) -> new PublicPage(
                        ProfileView.pathOf(row.getLong("member_id"), row.getString("display_name")),
                        row.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** The visibility choices a member made, oldest first, for their data export. */
    List<java.util.Map<String, Object>> consents(long memberId) {
        return db.sql("select visibility, text_version, given_at from directory.consent where member_id = ? order by id")
                .param(memberId)
                .query()
                .listOfRows();
    }
}

package coop.agora.directory;

import coop.agora.platform.SearchAnalyzers;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A member's professional profile. Headline and bio are written in whatever language the member
 * chose, so they are indexed with the French, Dutch and English analyzers alike.
 */
@Entity
@Table(schema = "directory", name = "profile")
@EntityListeners(TownCounts.ProfileChanges.class)
@Indexed(index = "directory-profiles", routingBinder = @RoutingBinderRef(type = ListedOnly.class))
class Profile {

    @Id
    @GenericField(name = "memberId", sortable = Sortable.YES, projectable = Projectable.YES)
    private Long memberId;

    @FullTextField(analyzer = SearchAnalyzers.NAME)
    @FullTextField(name = "displayNamePrefix", analyzer = SearchAnalyzers.PREFIX, searchAnalyzer = SearchAnalyzers.NAME)
    private String displayName;

    @FullTextField(name = "headline_fr", analyzer = SearchAnalyzers.FRENCH)
    @FullTextField(name = "headline_nl", analyzer = SearchAnalyzers.DUTCH)
    @FullTextField(name = "headline_en", analyzer = SearchAnalyzers.ENGLISH)
    private String headline;

    @FullTextField(name = "bio_fr", analyzer = SearchAnalyzers.FRENCH)
    @FullTextField(name = "bio_nl", analyzer = SearchAnalyzers.DUTCH)
    @FullTextField(name = "bio_en", analyzer = SearchAnalyzers.ENGLISH)
    private String bio;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Visibility visibility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_id")
    @IndexedEmbedded(includePaths = {"id", "location"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private @Nullable Place place;

    @GenericField(aggregable = Aggregable.YES)
    private boolean openToMissions;

    @GenericField(aggregable = Aggregable.YES)
    private boolean openToCollaborate;

    @GenericField(aggregable = Aggregable.YES)
    private boolean offersMentoring;

    private String website;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> links;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> sectors;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> languages;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            schema = "directory",
            name = "profile_skill",
            joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    @IndexedEmbedded(includePaths = {"id", "label_fr", "label_nl", "label_en", "names"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Skill> skills = new HashSet<>();

    @OneToMany(mappedBy = "profile", fetch = FetchType.LAZY)
    @OrderBy("position")
    @IndexedEmbedded(includePaths = {"title_fr", "title_nl", "title_en", "description_fr", "description_nl", "description_en"})
    private List<PortfolioItem> portfolio = new ArrayList<>();

    private Instant createdAt;

    private Instant updatedAt;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private @Nullable Instant listedAt;

    private @Nullable Long photoId;

    @Version
    private long version;

    protected Profile() {
        this(0L, "");
    }

    Profile(long memberId, String displayName) {
        this.memberId = memberId;
        this.displayName = displayName;
        this.headline = "";
        this.bio = "";
        this.visibility = Visibility.HIDDEN;
        this.website = "";
        this.links = new ArrayList<>();
        this.sectors = new ArrayList<>();
        this.languages = new ArrayList<>();
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    long memberId() {
        return memberId;
    }

    String displayName() {
        return displayName;
    }

    String headline() {
        return headline;
    }

    String bio() {
        return bio;
    }

    Visibility visibility() {
        return visibility;
    }

    @Nullable Place place() {
        return place;
    }

    boolean openToMissions() {
        return openToMissions;
    }

    boolean openToCollaborate() {
        return openToCollaborate;
    }

    boolean offersMentoring() {
        return offersMentoring;
    }

    String website() {
        return website;
    }

    List<String> links() {
        return List.copyOf(links);
    }

    Set<Sector> sectors() {
        var set = EnumSet.noneOf(Sector.class);
        sectors.forEach(sector -> set.add(Sector.valueOf(sector)));
        return set;
    }

    List<String> languages() {
        return List.copyOf(languages);
    }

    Set<Skill> skills() {
        return Set.copyOf(skills);
    }

    /** Puts one skill in place of another, when a moderator merges a duplicate into the shared one. */
    void replaceSkill(Skill duplicate, Skill kept) {
        if (skills.remove(duplicate)) {
            skills.add(kept);
            updatedAt = Instant.now();
        }
    }

    void removeSkill(Skill skill) {
        if (skills.remove(skill)) {
            updatedAt = Instant.now();
        }
    }

    List<PortfolioItem> portfolio() {
        return List.copyOf(portfolio);
    }

    /** Adds a work at the end of the portfolio; the caller saves it. */
    PortfolioItem addToPortfolio(String title, String description, String link, @Nullable Long imageId) {
        var item = new PortfolioItem(this, portfolio.size(), title, description, link, imageId);
        portfolio.add(item);
        updatedAt = Instant.now();
        return item;
    }

    /** Takes a work out of the portfolio and closes the gap it leaves; the caller deletes it. */
    void removeFromPortfolio(PortfolioItem item) {
        portfolio.remove(item);
        for (var position = 0; position < portfolio.size(); position++) {
            portfolio.get(position).moveTo(position);
        }
        updatedAt = Instant.now();
    }

    /** Swaps a work with the one before it, so members choose what comes first. */
    void moveEarlier(PortfolioItem item) {
        var index = portfolio.indexOf(item);
        if (index > 0) {
            var before = portfolio.get(index - 1);
            portfolio.set(index - 1, item);
            portfolio.set(index, before);
            item.moveTo(index - 1);
            before.moveTo(index);
            updatedAt = Instant.now();
        }
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Long photoId() {
        return photoId;
    }

    /** Shows another photo, or none; returns the one it replaces, for the caller to delete. */
    @Nullable Long showPhoto(@Nullable Long newPhotoId) {
        var previous = photoId;
        photoId = newPhotoId;
        updatedAt = Instant.now();
        return previous;
    }

    void describe(Description description) {
        this.displayName = description.displayName();
        this.headline = description.headline();
        this.bio = description.bio();
        this.place = description.place();
        this.openToMissions = description.openToMissions();
        this.openToCollaborate = description.openToCollaborate();
        this.offersMentoring = description.offersMentoring();
        this.website = description.website();
        this.links = new ArrayList<>(description.links());
        this.sectors = new ArrayList<>(description.sectors().stream().map(Sector::name).sorted().toList());
        this.languages = new ArrayList<>(description.languages());
        this.skills.clear();
        this.skills.addAll(description.skills());
        this.updatedAt = Instant.now();
    }

    /** Changes who sees the profile; becoming listed again counts as new for "newest first". */
    void show(Visibility visibility) {
        if (visibility.listed() && !this.visibility.listed()) {
            listedAt = Instant.now();
        }
        if (!visibility.listed()) {
            listedAt = null;
        }
        this.visibility = visibility;
    }

    /** A profile's content after checking, ready to store. */
    record Description(
            String displayName,
            String headline,
            String bio,
            @Nullable Place place,
            boolean openToMissions,
            boolean openToCollaborate,
            boolean offersMentoring,
            String website,
            List<String> links,
            Set<Sector> sectors,
            List<String> languages,
            Set<Skill> skills) {}
}

package coop.agora.directory;

import coop.agora.platform.SearchAnalyzers;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.jspecify.annotations.Nullable;

/**
 * One work in a member's portfolio. Its title and description are written in whatever language
 * the member chose, so they are searched with the French, Dutch and English analyzers alike.
 */
@Entity
@Table(schema = "directory", name = "portfolio_item")
class PortfolioItem {

    static final int MAX_TITLE = 120;
    static final int MAX_DESCRIPTION = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Profile profile;

    private int position;

    @FullTextField(name = "title_fr", analyzer = SearchAnalyzers.FRENCH)
    @FullTextField(name = "title_nl", analyzer = SearchAnalyzers.DUTCH)
    @FullTextField(name = "title_en", analyzer = SearchAnalyzers.ENGLISH)
    private String title;

    @FullTextField(name = "description_fr", analyzer = SearchAnalyzers.FRENCH)
    @FullTextField(name = "description_nl", analyzer = SearchAnalyzers.DUTCH)
    @FullTextField(name = "description_en", analyzer = SearchAnalyzers.ENGLISH)
    private String description;

    private String link;

    private @Nullable Long imageId;

    private Instant createdAt;

    protected PortfolioItem() {
        this(new Profile(), 0, "", "", "", null);
    }

    PortfolioItem(Profile profile, int position, String title, String description, String link, @Nullable Long imageId) {
        this.profile = profile;
        this.position = position;
        this.title = title;
        this.description = description;
        this.link = link;
        this.imageId = imageId;
        this.createdAt = Instant.now();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The portfolio item is not saved yet");
        }
        return id;
    }

    long memberId() {
        return profile.memberId();
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String link() {
        return link;
    }

    @Nullable Long imageId() {
        return imageId;
    }

    void moveTo(int position) {
        this.position = position;
    }
}

package coop.agora.directory;

import coop.agora.platform.FileStore;
import coop.agora.platform.Images;
import coop.agora.platform.web.FormErrors;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' portfolios: works with a title, a few words, a picture and/or a link, in the order the member chose. */
@Service
class MemberPortfolios {

    static final int MAX_ITEMS = 12;

    private final Profiles profiles;
    private final PortfolioItems items;
    private final FileStore files;

    MemberPortfolios(Profiles profiles, PortfolioItems items, FileStore files) {
        this.profiles = profiles;
        this.items = items;
        this.files = files;
    }

    /** A checked work, ready to store. */
    record Checked(String title, String description, String link) {}

    Checked check(PortfolioForm form, FormErrors.Builder errors) {
        var title = form.title().strip();
        if (title.isEmpty()) {
            errors.reject("title", "directory.portfolio.error.titleMissing");
        } else if (title.length() > PortfolioItem.MAX_TITLE) {
            errors.reject("title", "directory.portfolio.error.titleTooLong");
        }
        var description = form.description().strip();
        if (description.length() > PortfolioItem.MAX_DESCRIPTION) {
            errors.reject("description", "directory.portfolio.error.descriptionTooLong");
        }
        var link = form.link().strip();
        if (!link.isEmpty() && ProfileRules.webAddress(link).isEmpty()) {
            errors.reject("link", "directory.error.linkInvalid");
        }
        return new Checked(title, description, link);
    }

    /**
     * Adds a work at the end of the member's portfolio, starting a hidden profile for a member who
     * has none yet; refused when the portfolio is full.
     */
    @Transactional
    boolean add(long memberId, String displayName, Checked work, Images.@Nullable Normalized picture) {
        var profile = profiles.findById(memberId).orElseGet(() -> profiles.save(new Profile(memberId, displayName)));
        if (profile.portfolio().size() >= MAX_ITEMS) {
            return false;
        }
        Long imageId = picture == null
                ? null
                : files.save(MemberProfiles.PHOTO_MODULE, memberId, "portfolio", picture.contentType(), picture.bytes()).id();
        items.save(profile.addToPortfolio(work.title(), work.description(), work.link(), imageId));
        return true;
    }

    @Transactional(readOnly = true)
    int size(long memberId) {
        return profiles.findById(memberId).map(profile -> profile.portfolio().size()).orElse(0);
    }

    /** Removes one of the member's own works and its picture; false when it is not theirs or not there. */
    @Transactional
    boolean remove(long memberId, long itemId) {
        return items.findByIdAndProfileMemberId(itemId, memberId)
                .map(item -> {
                    var profile = profiles.findById(memberId).orElseThrow();
                    profile.removeFromPortfolio(item);
                    items.delete(item);
                    if (item.imageId() != null) {
                        files.delete(item.imageId());
                    }
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    boolean moveEarlier(long memberId, long itemId) {
        return items.findByIdAndProfileMemberId(itemId, memberId)
                .map(item -> {
                    profiles.findById(memberId).orElseThrow().moveEarlier(item);
                    return true;
                })
                .orElse(false);
    }

    /** The picture of a work whose profile this reader may see. */
    @Transactional(readOnly = true)
    Optional<FileStore.Content> picture(long memberId, long itemId, @Nullable Long readerId) {
        return items.findByIdAndProfileMemberId(itemId, memberId)
                .filter(item -> profiles.findById(memberId).filter(profile -> MemberProfiles.mayRead(profile, readerId)).isPresent())
                .map(PortfolioItem::imageId)
                .flatMap(files::read);
    }

    static PortfolioEntry entry(PortfolioItem item) {
        return new PortfolioEntry(
                item.id(),
                item.title(),
                item.description(),
                item.link(),
                item.imageId() == null ? null : "/directory/members/" + item.memberId() + "/portfolio/" + item.id() + "/picture?v=" + item.imageId());
    }
}

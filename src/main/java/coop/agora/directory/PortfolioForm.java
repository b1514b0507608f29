package coop.agora.directory;

import org.jspecify.annotations.Nullable;

/** A work a member adds to their portfolio; the picture, if any, comes as a separate upload. */
public record PortfolioForm(String title, String description, String link) {

    public PortfolioForm(@Nullable String title, @Nullable String description, @Nullable String link) {
        this.title = title == null ? "" : title;
        this.description = description == null ? "" : description;
        this.link = link == null ? "" : link;
    }

    static PortfolioForm empty() {
        return new PortfolioForm("", "", "");
    }
}

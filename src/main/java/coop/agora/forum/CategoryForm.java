package coop.agora.forum;

/** A new category as an admin types it. */
public record CategoryForm(
        String parent,
        String slug,
        String kind,
        String visibility,
        String nameFr,
        String nameNl,
        String nameEn,
        String descriptionFr,
        String descriptionNl,
        String descriptionEn) {

    public CategoryForm {
        parent = parent == null ? "" : parent.strip();
        slug = slug == null ? "" : slug.strip();
        kind = kind == null ? "" : kind;
        visibility = visibility == null ? "" : visibility;
        nameFr = nameFr == null ? "" : nameFr.strip();
        nameNl = nameNl == null ? "" : nameNl.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        descriptionFr = descriptionFr == null ? "" : descriptionFr.strip();
        descriptionNl = descriptionNl == null ? "" : descriptionNl.strip();
        descriptionEn = descriptionEn == null ? "" : descriptionEn.strip();
    }

    static CategoryForm empty() {
        return new CategoryForm("", "", "NETWORK", "PUBLIC", "", "", "", "", "", "");
    }
}

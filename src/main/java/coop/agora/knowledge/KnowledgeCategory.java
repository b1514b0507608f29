package coop.agora.knowledge;

import java.util.Locale;

/** A subject of the knowledge base, such as contracts or insurance. */
public record KnowledgeCategory(long id, String slug, String nameFr, String nameNl, String nameEn, int position) {

    public String name(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> nameNl;
            case "en" -> nameEn;
            default -> nameFr;
        };
    }
}

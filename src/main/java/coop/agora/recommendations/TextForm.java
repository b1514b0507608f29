package coop.agora.recommendations;

/** A recommendation's title and text in one language, written or corrected by staff. */
public record TextForm(String language, String title, String text) {

    public TextForm {
        language = language == null ? "" : language;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}

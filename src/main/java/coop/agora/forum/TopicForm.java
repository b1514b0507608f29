package coop.agora.forum;

/** A new topic as typed: its title, text and language, and the description of its picture, if any. */
public record TopicForm(String title, String body, String language, String imageAlt) {

    public TopicForm {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        language = language == null ? "" : language;
        imageAlt = imageAlt == null ? "" : imageAlt;
    }
}

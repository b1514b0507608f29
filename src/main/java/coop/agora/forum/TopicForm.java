package coop.agora.forum;

/** A new topic as typed: its title, text and language. */
public record TopicForm(String title, String body, String language) {

    public TopicForm {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        language = language == null ? "" : language;
    }
}

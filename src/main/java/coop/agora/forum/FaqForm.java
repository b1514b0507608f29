package coop.agora.forum;

/**
 * A FAQ entry as a moderator words it, before promoting it or when editing it; {@code category} is
 * the id of the category (the theme) it is listed under, kept as it is when promoting.
 */
public record FaqForm(String question, String answer, String language, String category) {

    public FaqForm {
        question = question == null ? "" : question;
        answer = answer == null ? "" : answer;
        language = language == null ? "" : language;
        category = category == null ? "" : category.strip();
    }
}

package coop.agora.forum;

/** A FAQ entry as a moderator words it before promoting it. */
public record FaqForm(String question, String answer, String language) {

    public FaqForm {
        question = question == null ? "" : question;
        answer = answer == null ? "" : answer;
        language = language == null ? "" : language;
    }
}

package coop.agora.recommendations;

/** An admin's import of a cycle: its name, its topic, and the language the file is written in. */
public record ImportForm(String name, String topic, String language) {

    public ImportForm {
        name = name == null ? "" : name;
        topic = topic == null ? "" : topic;
        language = language == null ? "" : language;
    }
}

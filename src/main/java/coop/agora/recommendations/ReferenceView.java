package coop.agora.recommendations;

/** Another recommendation this one refers to, or that refers to it. */
public record ReferenceView(long id, int number, String letter, Translated title) {

    public String label() {
        return letter.isEmpty() ? String.valueOf(number) : number + "." + letter;
    }
}

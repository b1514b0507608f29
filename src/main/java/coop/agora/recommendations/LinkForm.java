package coop.agora.recommendations;

/** A page about a recommendation: a forum topic, a group, an event or another page, by its address. */
public record LinkForm(String kind, String linkTitle, String url) {

    public LinkForm {
        kind = kind == null ? "" : kind;
        linkTitle = linkTitle == null ? "" : linkTitle;
        url = url == null ? "" : url;
    }
}

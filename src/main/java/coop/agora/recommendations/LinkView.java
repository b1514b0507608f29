package coop.agora.recommendations;

/** A page about the recommendation. */
public record LinkView(LinkKind kind, String title, String url) {}

package coop.agora.forum;

/** What a linked page says about itself, shown as a small card under a post; plain text, escaped when shown. */
public record LinkPreview(String url, String title, String description, String siteName) {}

package coop.agora.knowledge;

/** A translation as the editing page needs it: the latest saved text, not necessarily the published one. */
public record Draft(long articleId, long groupId, String language, Description description, ArticleText text, boolean published,
        boolean unpublishedChanges, int latestVersion) {}

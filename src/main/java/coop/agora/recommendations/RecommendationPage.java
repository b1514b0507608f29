package coop.agora.recommendations;

import java.util.List;

/** Everything a recommendation's page shows. */
public record RecommendationPage(RecommendationView recommendation, List<SubPointView> subPoints, List<ReferenceView> refersTo,
        List<ReferenceView> referredBy, List<MilestoneView> milestones, List<LinkView> links, List<HistoryLine> history,
        List<CommentView> comments, int followers, boolean following) {}

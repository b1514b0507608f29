package coop.agora.recommendations;

import java.util.List;

/**
 * Staff changed a recommendation: its status, progress, service, milestones, links or text.
 *
 * @param followers the members who follow it, to be told
 * @param title its title in the language it was written in, to name it in the notice
 * @param changedBy the advisor or admin who changed it
 */
public record RecommendationChanged(long recommendationId, String title, List<Long> followers, long changedBy) {}

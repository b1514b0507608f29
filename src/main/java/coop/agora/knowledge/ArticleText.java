package coop.agora.knowledge;

import java.util.ArrayList;
import java.util.List;

/** What an editor writes for one translation, as saved in each version. */
public record ArticleText(String title, String summary, String body, List<Step> steps, List<String> tags) {

    /** One step of a tutorial. */
    public record Step(String title, String body) {}

    public ArticleText {
        steps = List.copyOf(steps);
        tags = List.copyOf(tags);
    }

    /** The text as lines, to compare two versions. */
    List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add("# " + title);
        if (!summary.isEmpty()) {
            lines.add("");
            lines.addAll(summary.lines().toList());
        }
        lines.add("");
        lines.addAll(body.lines().toList());
        for (int i = 0; i < steps.size(); i++) {
            lines.add("");
            lines.add("## " + (i + 1) + ". " + steps.get(i).title());
            lines.addAll(steps.get(i).body().lines().toList());
        }
        if (!tags.isEmpty()) {
            lines.add("");
            lines.add("#" + String.join(" #", tags));
        }
        return lines;
    }
}

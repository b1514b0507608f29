package coop.agora.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article as an editor types it. A tutorial's steps come as two lists of the same length; the
 * editing page always offers one empty step more, and empty steps are dropped.
 *
 * @param tags words separated by commas
 * @param reviewBefore a date as {@code 2027-06-30}, or empty
 */
public record ArticleForm(
        String level,
        String category,
        String kind,
        String visibility,
        String reviewBefore,
        String language,
        String title,
        String summary,
        String body,
        String tags,
        List<String> stepTitle,
        List<String> stepBody) {

    public ArticleForm {
        level = clean(level);
        category = clean(category);
        kind = clean(kind);
        visibility = clean(visibility);
        reviewBefore = clean(reviewBefore);
        language = clean(language);
        title = clean(title);
        summary = clean(summary);
        body = body == null ? "" : body.replace("\r\n", "\n").stripTrailing();
        tags = clean(tags);
        stepTitle = stepTitle == null ? List.of() : stepTitle.stream().map(ArticleForm::clean).toList();
        stepBody = stepBody == null ? List.of() : stepBody.stream().map(text -> text == null ? "" : text.replace("\r\n", "\n").strip()).toList();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    static ArticleForm empty(String language) {
        return new ArticleForm("NEWCOMER", "", "ARTICLE", "PUBLIC", "", language, "", "", "", "", List.of(), List.of());
    }

    static ArticleForm of(Draft draft) {
        var text = draft.text();
        var description = draft.description();
        return new ArticleForm(description.level().name(), String.valueOf(description.categoryId()), description.kind().name(),
                description.visibility().name(), description.reviewBefore() == null ? "" : description.reviewBefore().toString(),
                draft.language(), text.title(), text.summary(), text.body(), String.join(", ", text.tags()),
                text.steps().stream().map(ArticleText.Step::title).toList(), text.steps().stream().map(ArticleText.Step::body).toList());
    }

    /** The steps the editor filled in, in order. */
    List<ArticleText.Step> steps() {
        var steps = new ArrayList<ArticleText.Step>();
        for (int i = 0; i < Math.max(stepTitle.size(), stepBody.size()); i++) {
            var title = i < stepTitle.size() ? stepTitle.get(i) : "";
            var text = i < stepBody.size() ? stepBody.get(i) : "";
            if (!title.isEmpty() || !text.isEmpty()) {
                steps.add(new ArticleText.Step(title, text));
            }
        }
        return steps;
    }

    List<String> tagList() {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    /** The steps with one empty step more, for the editing page. */
    public List<ArticleText.Step> stepsToEdit() {
        var steps = new ArrayList<>(steps());
        steps.add(new ArticleText.Step("", ""));
        return steps;
    }
}

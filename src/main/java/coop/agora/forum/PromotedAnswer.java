package coop.agora.forum;

import coop.agora.platform.SearchAnalyzers;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/** A FAQ entry as stored and indexed; other modules see it as a {@link FaqEntry}. */
@Entity
@Table(schema = "forum", name = "faq_entry")
@Indexed(index = "forum-faq")
class PromotedAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long topicId;

    @GenericField
    private long categoryId;

    private String question;

    private String answer;

    private String answerHtml;

    @KeywordField
    private String language;

    private @Nullable Long promotedBy;

    private Instant promotedAt;

    @GenericField
    private boolean published = true;

    private @Nullable Long editedBy;

    private @Nullable Instant editedAt;

    protected PromotedAnswer() {
        this.question = "";
        this.answer = "";
        this.answerHtml = "";
        this.language = "fr";
        this.promotedAt = Instant.now();
    }

    PromotedAnswer(long topicId, long categoryId, String question, String answer, String answerHtml, String language, long promotedBy) {
        this.topicId = topicId;
        this.categoryId = categoryId;
        this.question = question;
        this.answer = answer;
        this.answerHtml = answerHtml;
        this.language = language;
        this.promotedBy = promotedBy;
        this.promotedAt = Instant.now();
    }

    FaqEntry entry() {
        return new FaqEntry(id == null ? 0 : id, topicId, categoryId, question, answerHtml, language, promotedAt, published);
    }

    FaqForm form() {
        return new FaqForm(question, answer, language, String.valueOf(categoryId));
    }

    void edit(long editorId, String question, String answer, String answerHtml, String language, long categoryId) {
        this.question = question;
        this.answer = answer;
        this.answerHtml = answerHtml;
        this.language = language;
        this.categoryId = categoryId;
        this.editedBy = editorId;
        this.editedAt = Instant.now();
    }

    void publish(long editorId, boolean published) {
        this.published = published;
        this.editedBy = editorId;
        this.editedAt = Instant.now();
    }

    long categoryId() {
        return categoryId;
    }

    @FullTextField(analyzer = SearchAnalyzers.FRENCH)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "question")), @ObjectPath(@PropertyValue(propertyName = "answer"))})
    @Nullable String getTextFr() {
        return textIn("fr");
    }

    @FullTextField(analyzer = SearchAnalyzers.DUTCH)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "question")), @ObjectPath(@PropertyValue(propertyName = "answer"))})
    @Nullable String getTextNl() {
        return textIn("nl");
    }

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "question")), @ObjectPath(@PropertyValue(propertyName = "answer"))})
    @Nullable String getTextEn() {
        return textIn("en");
    }

    private @Nullable String textIn(String wanted) {
        return language.equals(wanted) ? question + "\n\n" + answer : null;
    }
}

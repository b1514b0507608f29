package coop.agora.helpdesk;

import coop.agora.platform.SearchAnalyzers;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A request as the desk search indexes it. The help desk writes requests and messages with SQL,
 * so this read-only mapping is indexed by {@link DeskSearchIndexing} from the queue its triggers
 * fill, never by Hibernate's own change tracking. A request's language is not known: its text goes
 * into a French, a Dutch and an English field alike, and a search looks in the three.
 */
@Entity
@Immutable
@Table(schema = "helpdesk", name = "request")
@Indexed(index = "helpdesk-requests")
class IndexedRequest {

    static final String[] SUBJECT = {"subjectFr", "subjectNl", "subjectEn"};
    static final String[] CONVERSATION = {"conversationFr", "conversationNl", "conversationEn"};
    static final String[] NOTES = {"notesFr", "notesNl", "notesEn"};

    @Id
    private long id;

    @FullTextField(name = "memberName", analyzer = SearchAnalyzers.NAME, valueBridge = @ValueBridgeRef(type = MemberNameBridge.class))
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private @Nullable Long memberId;

    @FullTextField(name = "subjectFr", analyzer = SearchAnalyzers.FRENCH)
    @FullTextField(name = "subjectNl", analyzer = SearchAnalyzers.DUTCH)
    @FullTextField(name = "subjectEn", analyzer = SearchAnalyzers.ENGLISH)
    private String subject = "";

    @KeywordField
    private String pole = "";

    @GenericField
    private long officeId;

    @GenericField
    private long topicId;

    @KeywordField
    private String status = "";

    @GenericField(sortable = Sortable.YES)
    private Instant receivedAt = Instant.EPOCH;

    @OneToMany
    @JoinColumn(name = "request_id", insertable = false, updatable = false)
    @OrderBy("id")
    // The mass indexer loads requests by the hundred: their messages then come in a few queries.
    @BatchSize(size = 200)
    private List<IndexedMessage> messages = new ArrayList<>();

    protected IndexedRequest() {}

    long id() {
        return id;
    }

    /** The reference as advisors and members write it, so that "12345" or "#12345" finds the request. */
    @KeywordField(name = "reference")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getReference() {
        return String.valueOf(id);
    }

    /** What the member and the advisors wrote to each other, calls included. */
    @FullTextField(name = "conversationFr", analyzer = SearchAnalyzers.FRENCH, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "conversationNl", analyzer = SearchAnalyzers.DUTCH, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "conversationEn", analyzer = SearchAnalyzers.ENGLISH, highlightable = Highlightable.UNIFIED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getConversation() {
        return text(false);
    }

    /** The advisors' internal notes, kept apart so that a result can say where its passage comes from. */
    @FullTextField(name = "notesFr", analyzer = SearchAnalyzers.FRENCH, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "notesNl", analyzer = SearchAnalyzers.DUTCH, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = "notesEn", analyzer = SearchAnalyzers.ENGLISH, highlightable = Highlightable.UNIFIED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getNotes() {
        return text(true);
    }

    private String text(boolean notes) {
        return messages.stream().filter(message -> message.note() == notes).map(IndexedMessage::body).collect(Collectors.joining("\n\n"));
    }
}

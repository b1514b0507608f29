package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An author mentions members who chose to be found, or who took part in the topic; hidden members stay hidden. */
@AgoraIntegrationTest
@RecordApplicationEvents
class MentionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    ForumPeople people;

    @BeforeEach
    void setUp() {
        people = new ForumPeople(mvc, db);
    }

    private java.util.List<Long> mentioned(ApplicationEvents events, long topic) {
        return events.stream(MemberMentioned.class).filter(event -> event.topicId() == topic).map(MemberMentioned::memberId).toList();
    }

    @Test
    void anAuthorMentionsAListedMemberWhoNeverTookPartAndTheyAreNotified(@Autowired ApplicationEvents events) {
        var author = people.member("Inès", "HIDDEN");
        var listed = people.member("Jules", "MEMBERS");
        var category = people.category("mentions");
        var topic = people.topic(author, category, "Qui connaît un bon imprimeur ?", "Je cherche un imprimeur à Liège.");

        author.visitor().post("/forum/t/" + topic + "/reply", "body", "@" + listed.name() + " tu en connais un, je crois ?");

        assertThat(mentioned(events, topic)).containsExactly(listed.id());
    }

    @Test
    void aHiddenMemberIsNeitherSuggestedNorNotifiedUnlessTheyTookPartInTheTopic(@Autowired ApplicationEvents events) {
        var author = people.member("Karim", "HIDDEN");
        var hidden = people.member("Leon", "HIDDEN");
        var listed = people.member("Leonie", "PUBLIC");
        var category = people.category("discret");
        var topic = people.topic(author, category, "Un atelier de reliure ?", "Qui serait partant ?");

        var suggestions = author.visitor().get("/forum/mentions?topic=" + topic + "&mention=Leon", "HX-Request", "true");
        assertThat(suggestions).hasStatusOk().bodyText().contains("@" + listed.name()).doesNotContain(hidden.name());

        author.visitor().post("/forum/t/" + topic + "/reply", "body", "Merci @" + hidden.name() + " et @" + listed.name() + " !");
        assertThat(mentioned(events, topic)).containsExactly(listed.id());

        hidden.visitor().post("/forum/t/" + topic + "/reply", "body", "Je suis partant.");
        author.visitor().post("/forum/t/" + topic + "/reply", "body", "Parfait @" + hidden.name() + ", à samedi.");
        assertThat(mentioned(events, topic)).containsExactly(listed.id(), hidden.id());
        assertThat(author.visitor().get("/forum/mentions?topic=" + topic + "&mention=Leon", "HX-Request", "true")).bodyText()
                .contains("@" + hidden.name());
    }

    @Test
    void onlyMembersWhoReadAGroupsCategoryAreMentionedThere(@Autowired ApplicationEvents events) {
        var author = people.member("Mona", "HIDDEN", "MODERATOR");
        var outsider = people.member("Nora", "PUBLIC");
        var groupCategory = db.sql("""
                        insert into forum.category (slug, kind, name_fr, name_nl, name_en, description_fr, description_nl, description_en,
                                                    visibility, group_id)
                        values (?, 'GROUP', 'Groupe', 'Groep', 'Group', 'D', 'D', 'D', 'GROUP', ?) returning id""")
                .params("groupe-" + outsider.id(), 900_000_000L + outsider.id())
                .query(Long.class)
                .single();
        var topic = people.topic(author, groupCategory, "Réunion du groupe", "Ordre du jour.");

        author.visitor().post("/forum/t/" + topic + "/reply", "body", "@" + outsider.name() + " viendra-t-elle ?");

        assertThat(mentioned(events, topic)).isEmpty();
        assertThat(author.visitor().get("/forum/mentions?topic=" + topic + "&mention=Nora", "HX-Request", "true")).bodyText()
                .doesNotContain(outsider.name());
    }

    @Test
    void suggestionsNeedAReadableTopic() {
        var stranger = people.member("Oscar", "HIDDEN");
        assertThat(stranger.visitor().get("/forum/mentions?topic=999999999&mention=a")).hasStatus(404);
        assertThat(new coop.agora.Visitor(mvc).get("/forum/mentions?category=informatique&mention=a")).hasStatus3xxRedirection();
    }
}

package coop.agora.groups;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Proposing and reviewing groups, joining them, and what organizers do. */
@AgoraIntegrationTest
class GroupLifeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    GroupsPersonalData personalData;

    GroupTesting testing;

    @BeforeEach
    void setUp() {
        testing = new GroupTesting(mvc, db);
    }

    @Test
    void anApprovedGroupGetsAForumCategoryOnlyItsMembersRead() throws Exception {
        var proposer = testing.member("Léa Proposante");
        var name = GroupTesting.unique("Musiciens de Namur");
        var id = testing.approved(proposer, name, "OPEN");

        var path = db.sql("select forum_path from groups.member_group where id = ?").param(id).query(String.class).single();
        assertThat(db.sql("select visibility from forum.category where group_id = ?").param(id).query(String.class).single()).isEqualTo("GROUP");
        assertThat(proposer.visitor().get(path)).hasStatusOk();
        var outsider = testing.member("Paul Dehors");
        assertThat(outsider.visitor().get(path)).hasStatus(403);
        assertThat(outsider.visitor().get("/forum").getResponse().getContentAsString()).doesNotContain(path);

        assertThat(outsider.visitor().post("/groups/" + id + "/join")).hasStatus3xxRedirection();
        assertThat(outsider.visitor().get(path)).hasStatusOk();
        assertThat(new Outbox(db).latestTo(proposer.email()).orElseThrow().subject()).contains(name);
    }

    @Test
    void aProposalShowsOnlyToItsProposerAndReviewers() {
        var proposer = testing.member("Marc Propose");
        var id = testing.proposed(proposer, GroupTesting.unique("Ambachten Leuven"), "OPEN");

        assertThat(proposer.visitor().get("/groups/" + id)).hasStatusOk();
        assertThat(testing.member("Advisor", "ADVISOR").visitor().get("/groups/" + id)).hasStatusOk();
        assertThat(testing.member("Someone").visitor().get("/groups/" + id)).hasStatus(404);
        assertThat(testing.member("Someone else").visitor().post("/groups/" + id + "/join")).hasStatus(404);
    }

    @Test
    void onlyAdvisorsAndAdminsApproveAndARefusalNeedsAReasonThatIsMailed() throws Exception {
        var proposer = testing.member("Anne Propose");
        var name = GroupTesting.unique("Assemblée Lille");
        var id = testing.proposed(proposer, name, "REQUEST");

        assertThat(testing.member("Simple membre").visitor().post("/groups/" + id + "/approve")).hasStatus(403);
        var advisor = testing.member("Conseiller", "ADVISOR");
        var empty = advisor.visitor().post("/groups/" + id + "/refuse", "reason", "  ");
        assertThat(empty).hasStatus(422);
        assertThat(empty.getResponse().getContentAsString()).contains("Donnez la raison du refus");
        assertThat(advisor.visitor().post("/groups/" + id + "/refuse", "reason", "Un groupe existe déjà à Lille.")).hasStatus3xxRedirection();

        assertThat(db.sql("select status from groups.member_group where id = ?").param(id).query(String.class).single()).isEqualTo("REFUSED");
        assertThat(new Outbox(db).latestTo(proposer.email()).orElseThrow().body()).contains("Un groupe existe déjà à Lille.");
        assertThat(advisor.visitor().post("/groups/" + id + "/approve")).hasStatus(422);
    }

    @Test
    void aProposalWithBadFieldsIsRefusedWithAMessageNextToEachField() throws Exception {
        var proposer = testing.member("Jean Erreurs");
        var before = db.sql("select count(*) from groups.member_group").query(Long.class).single();

        var result = proposer.visitor().post("/groups", "name", "ab", "kind", "LOCAL", "description", "", "joining", "SOMETIMES");

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentAsString()).contains("au moins 3 caractères", "un bureau ou d'une ville", "une à trois langues",
                "Dites de quoi parle le groupe", "Choisissez qui peut rejoindre");
        assertThat(db.sql("select count(*) from groups.member_group").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void joiningAnInvitationOnlyGroupWithoutAnInvitationIsRefusedAndChangesNothing() throws Exception {
        var organizer = testing.member("Org Invite");
        var id = testing.approved(organizer, GroupTesting.unique("Cercle fermé"), "INVITATION");
        var stranger = testing.member("Sans Invitation");

        var refused = stranger.visitor().post("/groups/" + id + "/join");

        assertThat(refused).hasStatus(403);
        assertThat(refused.getResponse().getContentAsString()).contains("sur invitation uniquement");
        assertThat(testing.membershipOf(id, stranger.id())).isEqualTo("NONE");

        assertThat(organizer.visitor().post("/groups/" + id + "/invitations", "email", stranger.email())).hasStatus3xxRedirection();
        assertThat(testing.membershipOf(id, stranger.id())).isEqualTo("INVITED");
        assertThat(stranger.visitor().post("/groups/" + id + "/join")).hasStatus3xxRedirection();
        assertThat(testing.membershipOf(id, stranger.id())).isEqualTo("ACTIVE");
    }

    @Test
    void organizersAcceptRequestsAndRemoveMembersButMembersCannot() {
        var organizer = testing.member("Org Demandes");
        var id = testing.approved(organizer, GroupTesting.unique("Sur demande"), "REQUEST");
        var asking = testing.member("Demandeuse");
        var other = testing.member("Autre membre");

        assertThat(asking.visitor().post("/groups/" + id + "/join")).hasStatus3xxRedirection();
        assertThat(testing.membershipOf(id, asking.id())).isEqualTo("REQUESTED");
        assertThat(other.visitor().post("/groups/" + id + "/members/" + asking.id() + "/accept")).hasStatus(403);
        assertThat(testing.membershipOf(id, asking.id())).isEqualTo("REQUESTED");

        assertThat(organizer.visitor().post("/groups/" + id + "/members/" + asking.id() + "/accept")).hasStatus3xxRedirection();
        assertThat(testing.membershipOf(id, asking.id())).isEqualTo("ACTIVE");
        assertThat(asking.visitor().post("/groups/" + id + "/members/" + organizer.id() + "/remove")).hasStatus(403);
        assertThat(organizer.visitor().post("/groups/" + id + "/members/" + asking.id() + "/remove")).hasStatus3xxRedirection();
        assertThat(testing.membershipOf(id, asking.id())).isEqualTo("NONE");
    }

    @Test
    void theLastOrganizerCannotLeaveAGroupThatStillHasMembers() throws Exception {
        var organizer = testing.member("Seule Orga");
        var id = testing.approved(organizer, GroupTesting.unique("Groupe ouvert"), "OPEN");
        testing.member("Membre").visitor().post("/groups/" + id + "/join");

        var refused = organizer.visitor().post("/groups/" + id + "/leave");

        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentAsString()).contains("seul organisateur");
        assertThat(testing.membershipOf(id, organizer.id())).isEqualTo("ACTIVE");
    }

    @Test
    void membersWithAHiddenProfileShowOnlyToOrganizers() throws Exception {
        var organizer = testing.member("Orga Visible");
        var id = testing.approved(organizer, GroupTesting.unique("Profils"), "OPEN");
        var hidden = testing.member("Personne Cachée");
        hidden.visitor().post("/groups/" + id + "/join");

        assertThat(testing.member("Curieux").visitor().get("/groups/" + id).getResponse().getContentAsString())
                .doesNotContain("Personne Cachée").contains("membres dont le profil n'est pas public");
        assertThat(organizer.visitor().get("/groups/" + id).getResponse().getContentAsString()).contains("Personne Cachée");
    }

    @Test
    void organizersPlanGroupEventsThatTheGroupPageTheAgendaAndTheFeedShowAndMembersHearOf() throws Exception {
        var organizer = testing.member("Orga Événements");
        var id = testing.approved(organizer, GroupTesting.unique("Jam session"), "OPEN");
        var member = testing.member("Musicienne");
        member.visitor().post("/groups/" + id + "/join");
        var start = LocalDateTime.now().plusDays(10).withHour(19).withMinute(0).withSecond(0).withNano(0);
        var title = GroupTesting.unique("Répétition");
        String[] fields = {"group", String.valueOf(id), "title", title, "description", "On joue ensemble.", "type", "MEMBER_EVENT",
            "language", "fr", "start", start.toString(), "end", start.plusHours(2).toString(), "place", "town", "town", "Liège"};

        assertThat(member.visitor().post("/events", fields)).hasStatus(403);
        var created = organizer.visitor().post("/events", fields);
        assertThat(created).hasStatus3xxRedirection();

        assertThat(member.visitor().get("/groups/" + id).getResponse().getContentAsString()).contains(title);
        assertThat(member.visitor().get("/events?group=" + id).getResponse().getContentAsString()).contains(title);
        assertThat(member.visitor().get("/events/groups/" + id + ".ics").getResponse().getContentAsString()).contains(title);
        // Told once, whether the background fan-out has written the notification yet or not.
        assertThat(db.sql("""
                        select (select count(*) from notifications.burst where kind = 'GROUP_EVENT' and ? = any(recipients))
                             + (select count(*) from notifications.notification where kind = 'GROUP_EVENT' and member_id = ?)""")
                .params(member.id(), member.id()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void onlyMembersShareAndOpenDocumentsAndOnlyKnownKindsOfFilesAreKept() throws Exception {
        var organizer = testing.member("Orga Documents");
        var id = testing.approved(organizer, GroupTesting.unique("Archives"), "OPEN");
        var pdf = "%PDF-1.4 compte-rendu".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var outsider = testing.member("Hors Groupe");

        assertThat(outsider.visitor().upload("/groups/" + id + "/documents", "file", "pv.pdf", "application/pdf", pdf)).hasStatus(403);
        var disguised = organizer.visitor().upload("/groups/" + id + "/documents", "file", "pv.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1});
        assertThat(disguised).hasStatus(422);
        assertThat(disguised.getResponse().getContentAsString()).contains("Partagez un PDF");
        assertThat(organizer.visitor().upload("/groups/" + id + "/documents", "file", "pv.pdf", "application/pdf", pdf)).hasStatus3xxRedirection();
        var document = db.sql("select id from groups.document where group_id = ?").param(id).query(Long.class).single();

        assertThat(outsider.visitor().get("/groups/" + id + "/documents/" + document)).hasStatus(403);
        var download = organizer.visitor().get("/groups/" + id + "/documents/" + document);
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void erasingTheOnlyOrganizerHandsTheGroupToItsLongestStandingMember() {
        var organizer = testing.member("Orga Partante");
        var name = GroupTesting.unique("Héritage");
        var id = testing.approved(organizer, name, "OPEN");
        var member = testing.member("Fidèle");
        member.visitor().post("/groups/" + id + "/join");

        @SuppressWarnings("unchecked")
        var export = (java.util.Map<String, java.util.List<java.util.Map<String, Object>>>) personalData.export(organizer.id());
        assertThat(export.get("proposed")).anySatisfy(row -> assertThat(row).containsEntry("name", name));
        personalData.erase(organizer.id());

        assertThat(testing.membershipOf(id, organizer.id())).isEqualTo("NONE");
        assertThat(db.sql("select role from groups.membership where group_id = ? and member_id = ?").params(id, member.id())
                .query(String.class).single()).isEqualTo("ORGANIZER");
        assertThat(db.sql("select proposed_by is null from groups.member_group where id = ?").param(id).query(Boolean.class).single()).isTrue();
    }
}

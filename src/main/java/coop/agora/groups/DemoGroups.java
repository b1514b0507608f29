package coop.agora.groups;

import coop.agora.accounts.Members;
import coop.agora.events.EventForm;
import coop.agora.events.GroupAgenda;
import coop.agora.forum.ForumCategories;
import coop.agora.platform.DemoMode;
import coop.agora.platform.Languages;
import coop.agora.platform.Markdown;
import coop.agora.platform.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo: groups in French and Dutch with their members, forum categories
 * and a coming event each, and one proposal waiting for an advisor.
 */
@Component
@Order(40)
class DemoGroups implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient db;
    private final Members members;
    private final Markdown markdown;
    private final ForumCategories forum;
    private final GroupAgenda agenda;
    private final Texts texts;

    DemoGroups(DemoMode demo, JdbcClient db, Members members, Markdown markdown, ForumCategories forum, GroupAgenda agenda, Texts texts) {
        this.demo = demo;
        this.db = db;
        this.members = members;
        this.markdown = markdown;
        this.forum = forum;
        this.agenda = agenda;
        this.texts = texts;
    }

    private record Seed(String name, GroupKind kind, @Nullable Long office, @Nullable String town, String description, List<String> languages,
            Joining joining, boolean approved, String organizer, List<String> members, List<String> requests, @Nullable Meeting meeting) {}

    private record Meeting(int inDays, String start, String end, String title, String description, String language, String town) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed("Musiciens de Liège", GroupKind.LOCAL, 2L, null, """
                    Les membres musiciens de la région liégeoise : pianistes, chanteuses, ingés son, profs de musique.

                    - une **jam** par mois au bureau de Liège
                    - des conseils pour les contrats de concert et les droits voisins
                    - du covoiturage vers les salles""", List.of("fr"), Joining.OPEN, true, "ines.dubois@agora.example",
                    List.of("member@agora.example", "thomas.leroy@agora.example", "elodie.moreau@agora.example"), List.of(),
                    new Meeting(12, "19:00", "22:00", "Jam du mois à Liège", "Apportez votre instrument : on joue ensemble, puis on parle contrats de concert.",
                            "fr", "Liège")),
            new Seed("Ambachten Gent", GroupKind.LOCAL, 6L, null, """
                    Ambachtslui van Gent en omstreken: steenhouwers, keramisten, meubelmakers en restaurateurs.

                    We bezoeken elkaars ateliers en delen adressen van leveranciers.""", List.of("nl"), Joining.REQUEST, true,
                    "lotte.peeters@agora.example", List.of("jan.devos@agora.example", "wout.claes@agora.example"), List.of("sanne.willems@agora.example"),
                    new Meeting(18, "14:00", "17:00", "Atelierbezoek bij Jan", "We bezoeken het atelier van Jan in Mechelen: blauwe hardsteen en restauratie.",
                            "nl", "Mechelen")),
            new Seed("Assemblée des membres de Bruxelles – Ledenvergadering Brussel", GroupKind.ASSEMBLY, 1L, null, """
                    L'assemblée des membres bruxellois prépare les recommandations au conseil d'administration.

                    De Brusselse ledenvergadering bereidt de aanbevelingen aan de raad van bestuur voor. Tweetalig.""", List.of("fr", "nl"),
                    Joining.INVITATION, true, "sanne.willems@agora.example", List.of("admin@agora.example", "member@agora.example", "marie.nguyen@agora.example"),
                    List.of(), new Meeting(25, "18:30", "20:30", "Assemblée de quartier – Wijkvergadering", "Ordre du jour : le suivi des recommandations du cycle Accompagnement.",
                            "fr", "Bruxelles")),
            new Seed("Photographes indépendants – Zelfstandige fotografen", GroupKind.THEMATIC, null, null, """
                    Tarifs, droits à l'image, matériel : les photographes de la coopérative s'entraident.

                    Tarieven, portretrecht, materiaal: de fotografen van de coöperatie helpen elkaar.""", List.of("fr", "nl"), Joining.OPEN, true,
                    "mehdi.haddad@agora.example", List.of("yannick.le.gall@agora.example", "wout.claes@agora.example"), List.of(), null),
            new Seed("Traducteurs et interprètes", GroupKind.THEMATIC, null, null, """
                    Un groupe pour les traductrices, traducteurs et interprètes : glossaires partagés, tarifs au mot, outils.""",
                    List.of("fr", "en"), Joining.REQUEST, false, "marie.nguyen@agora.example", List.of(), List.of(), null));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        var empty = db.sql("select not exists (select 1 from groups.member_group)").query(Boolean.class).single();
        if (demo.enabled() && empty && members.idOf("admin@agora.example").isPresent()) {
            SEEDS.forEach(this::seed);
        }
    }

    private void seed(Seed seed) {
        var organizer = members.idOf(seed.organizer()).orElse(null);
        if (organizer == null) {
            return;
        }
        var id = db.sql("""
                        insert into groups.member_group (name, kind, office_id, town, description, description_html, languages, joining, status,
                                                         proposed_by, reviewed_by, reviewed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(seed.name(), seed.kind().name(), seed.office(), seed.town(), seed.description(), markdown.toSafeHtml(seed.description()),
                        seed.languages().toArray(String[]::new), seed.joining().name(), seed.approved() ? "APPROVED" : "PROPOSED", organizer,
                        seed.approved() ? members.idOf("advisor@agora.example").orElse(null) : null,
                        seed.approved() ? java.sql.Timestamp.from(java.time.Instant.now()) : null)
                .query(Long.class)
                .single();
        add(id, organizer, "ORGANIZER", "ACTIVE");
        seed.members().forEach(email -> members.idOf(email).ifPresent(member -> add(id, member, "MEMBER", "ACTIVE")));
        seed.requests().forEach(email -> members.idOf(email).ifPresent(member -> add(id, member, "MEMBER", "REQUESTED")));
        db.sql("update groups.member_group set member_count = (select count(*) from groups.membership where group_id = ? and status = 'ACTIVE') where id = ?")
                .params(id, id)
                .update();
        if (!seed.approved()) {
            return;
        }
        var link = forum.createForGroup(id, seed.name(), new String[] {
            texts.get("groups.forum.description", Languages.FRENCH, seed.name()),
            texts.get("groups.forum.description", Languages.DUTCH, seed.name()),
            texts.get("groups.forum.description", Languages.ENGLISH, seed.name())});
        db.sql("update groups.member_group set forum_category_id = ?, forum_path = ? where id = ?").params(link.id(), link.path(), id).update();
        var meeting = seed.meeting();
        if (meeting != null) {
            var day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(meeting.inDays());
            agenda.plan(organizer, id, new EventForm(meeting.title(), meeting.description(), "MEMBER_EVENT", meeting.language(),
                    day + "T" + meeting.start(), day + "T" + meeting.end(), "town", "", meeting.town(), "", "", ""));
        }
    }

    private void add(long groupId, long memberId, String role, String status) {
        db.sql("""
                        insert into groups.membership (group_id, member_id, role, status, joined_at) values (?, ?, ?, ?, case when ? = 'ACTIVE' then now() end)
                        on conflict do nothing""")
                .params(groupId, memberId, role, status, status)
                .update();
    }
}

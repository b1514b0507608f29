package coop.agora.opportunities;

import coop.agora.directory.Matchmaking;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who fits an opportunity and which opportunities fit a member, by the same rule both ways: at least
 * one wanted skill in common, the member's town within {@value BoardRules#MATCH_RADIUS_KM} km of the
 * opportunity's town or in its region (any town for remote work), and a language in common when both
 * name some. Only listed profiles take part.
 */
@Service
class BoardMatching {

    /**
     * The best-ranked members told about one opportunity at most, so that an opportunity wanting a
     * common skill anywhere does not reach the whole cooperative at once.
     */
    static final int MAX_TOLD = 1_000;
    static final int FOR_YOU_SIZE = 30;

    private final Matchmaking matchmaking;
    private final JdbcClient db;

    BoardMatching(Matchmaking matchmaking, JdbcClient db) {
        this.matchmaking = matchmaking;
        this.db = db;
    }

    /** The members to tell about a new opportunity, best fit first: those who fit and asked to be told. */
    List<Long> toTell(Matchmaking.Wanted wanted, @Nullable Long authorId) {
        var matches = matchmaking.rank(wanted, MAX_TOLD + 1)
                .stream()
                .filter(match -> authorId == null || match.memberId() != authorId)
                .limit(MAX_TOLD)
                .toList();
        if (matches.isEmpty()) {
            return List.of();
        }
        var choices = new HashMap<Long, Boolean>();
        db.sql("select member_id, notify from opportunities.board_setting where member_id = any(?)")
                .param(matches.stream().map(Matchmaking.Match::memberId).toArray(Long[]::new))
                .query(row -> {
                    choices.put(row.getLong("member_id"), row.getBoolean("notify"));
                });
        return matches.stream()
                .filter(match -> choices.getOrDefault(match.memberId(), match.openToMissions()))
                .map(Matchmaking.Match::memberId)
                .toList();
    }

    /** The open opportunities that fit a listed member best; none while their profile is hidden or missing. */
    List<OpportunityCard> forYou(long memberId, LocalDate today) {
        var fit = matchmaking.fitOf(memberId);
        if (fit.isEmpty() || fit.get().skillIds().isEmpty()) {
            return List.of();
        }
        var member = fit.get();
        var town = member.town();
        var region = town == null ? null : Region.of(town.country(), town.postalCode()).orElse(null);
        var distance = town == null ? "null::double precision" : Matchmaking.distance("o.latitude", "o.longitude", ":latitude", ":longitude");
        var sql = """
                with fitting as (
                    select s.opportunity_id, count(*) as matched from opportunities.opportunity_skill s
                    where s.skill_id = any(:skills) group by s.opportunity_id)
                select o.id, o.kind, o.title, o.place_kind, o.town_fr, o.town_nl, o.region, o.deadline, o.languages, o.budget,
                       array(select s.skill_id from opportunities.opportunity_skill s where s.opportunity_id = o.id order by s.skill_id) as skills,
                       f.matched, case when o.place_kind = 'TOWN' then %1$s end as distance_km
                from fitting f join opportunities.opportunity o on o.id = f.opportunity_id
                where o.status = 'OPEN' and not o.hidden and o.deadline >= :today and o.author_id is distinct from :member
                  and (cardinality(o.languages) = 0 or cardinality(cast(:languages as text[])) = 0 or o.languages && cast(:languages as text[]))
                  and (o.place_kind = 'REMOTE' or (o.place_kind = 'REGION' and o.region = :region)
                       or (o.place_kind = 'TOWN' and %2$s))
                order by f.matched desc, distance_km nulls first, o.deadline, o.id
                limit :size""".formatted(distance, town == null ? "false" : distance + " <= :radius");
        var statement = db.sql(sql)
                .param("skills", member.skillIds().toArray(Long[]::new))
                .param("today", today)
                .param("member", memberId)
                .param("languages", member.languages().toArray(String[]::new))
                .param("region", region == null ? "" : region.name())
                .param("size", FOR_YOU_SIZE);
        if (town != null) {
            statement = statement.param("latitude", town.latitude()).param("longitude", town.longitude())
                    .param("radius", BoardRules.MATCH_RADIUS_KM);
        }
        return statement.query((row, number) -> BoardSearch.card(row, row.getInt("matched"), row.getObject("distance_km", Double.class))).list();
    }

    /** Whether a member is told of opportunities that fit them: their choice, or being open to missions. */
    boolean notifies(long memberId) {
        return db.sql("select notify from opportunities.board_setting where member_id = ?")
                .param(memberId)
                .query(Boolean.class)
                .optional()
                .orElseGet(() -> matchmaking.openToMissions(memberId));
    }

    void setNotifies(long memberId, boolean notify) {
        db.sql("""
                        insert into opportunities.board_setting (member_id, notify) values (?, ?)
                        on conflict (member_id) do update set notify = excluded.notify""")
                .params(memberId, notify)
                .update();
    }

    static Set<Long> skillsOf(List<OpportunityCard> cards) {
        var ids = new HashSet<Long>();
        cards.forEach(card -> ids.addAll(card.skillIds()));
        return ids;
    }
}

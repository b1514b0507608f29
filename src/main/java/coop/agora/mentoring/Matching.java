package coop.agora.mentoring;

import coop.agora.accounts.Members;
import coop.agora.directory.DirectoryFacts;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mentors for a request, best first, ranked by shared skills, sectors and languages, distance
 * between towns, and places left. Only mentors who speak a language of the mentee, have a place
 * left and were not asked yet for this request are considered.
 *
 * <p>Ranking every mentor costs tens of milliseconds once there are thousands of them, so the
 * mentors sharing a skill with the request, found through an index, are ranked first. A mentor
 * sharing no skill scores at most {@link #withoutSharedSkillAtMost}; when the fifth mentor found
 * scores more, nobody else could enter the list and it is the one every mentor would give.
 * Otherwise every mentor is ranked.
 */
@Component
class Matching {

    static final int SUGGESTIONS = 5;

    /** At most 4 points per shared sector, 6 for a language, 8 for being near and 3 for places left. */
    private static final String BEST_WITHOUT_SHARED_SKILL = "4 * cardinality(sectors) + 6 + 8 + 3";

    private static final String ANY_MENTOR = "true";

    private static final String SHARING_A_SKILL = "m.skill_ids && r.skill_ids";

    private static final String RANKED = """
            select s.member_id, s.about, s.remote, s.places_left, s.shared_skills, s.shared_sectors, s.shared_languages, s.distance_km,
                   10 * cardinality(s.shared_skills) + 4 * cardinality(s.shared_sectors) + 6
                   + case when s.distance_km is not null and s.distance_km < 80 then 8 - floor(s.distance_km / 10)::int
                          when s.remote and s.remote_ok then 3 else 0 end
                   + least(s.places_left, 3) as score
            from (
                select m.member_id, m.about, m.remote, r.remote_ok, m.capacity - m.active_count as places_left,
                       array(select k from unnest(m.skill_ids) k where k = any(r.skill_ids) order by k) as shared_skills,
                       array(select k from unnest(m.sectors) k where k = any(r.sectors) order by k) as shared_sectors,
                       array(select k from unnest(m.languages) k where k = any(r.languages) order by k) as shared_languages,
                       case when m.latitude is null or r.latitude is null then null
                            else 2 * 6371 * asin(sqrt(power(sin(radians(m.latitude - r.latitude) / 2), 2)
                                 + cos(radians(r.latitude)) * cos(radians(m.latitude)) * power(sin(radians(m.longitude - r.longitude) / 2), 2)))
                       end as distance_km
                from mentoring.mentoring_request r
                join mentoring.mentor m on m.available and m.active_count < m.capacity and m.languages && r.languages
                                       and m.member_id <> r.mentee_id and %s
                where r.id = ?
                  and not exists (select 1 from mentoring.mentorship x where x.request_id = r.id and x.mentor_id = m.member_id)
                  and not exists (select 1 from mentoring.mentorship y
                                  where y.mentee_id = r.mentee_id and y.mentor_id = m.member_id and y.status = 'ACTIVE')
            ) s
            order by score desc, s.distance_km nulls last, s.member_id
            limit ?""";

    private final JdbcClient db;
    private final Members members;
    private final DirectoryFacts directory;

    Matching(JdbcClient db, Members members, DirectoryFacts directory) {
        this.db = db;
        this.members = members;
        this.directory = directory;
    }

    private record Ranked(long mentorId, String about, boolean remote, int placesLeft, List<Long> skills, List<String> sectors,
            List<String> languages, @Nullable Double distanceKm, int score) {}

    List<Suggestion> suggestions(long requestId, Locale locale) {
        var ranked = ranked(requestId, SHARING_A_SKILL);
        if (ranked.size() < SUGGESTIONS || ranked.get(SUGGESTIONS - 1).score() <= withoutSharedSkillAtMost(requestId)) {
            ranked = ranked(requestId, ANY_MENTOR);
        }
        return described(ranked, locale);
    }

    private int withoutSharedSkillAtMost(long requestId) {
        return db.sql("select " + BEST_WITHOUT_SHARED_SKILL + " from mentoring.mentoring_request where id = ?")
                .param(requestId)
                .query(Integer.class)
                .single();
    }

    private List<Ranked> ranked(long requestId, String candidates) {
        return db.sql(RANKED.formatted(candidates))
                .params(requestId, SUGGESTIONS)
                .query((row, number) -> new Ranked(
                        row.getLong("member_id"),
                        row.getString("about"),
                        row.getBoolean("remote"),
                        row.getInt("places_left"),
                        Arrays.asList((Long[]) array(row.getArray("shared_skills"))),
                        Arrays.asList((String[]) array(row.getArray("shared_sectors"))),
                        Arrays.asList((String[]) array(row.getArray("shared_languages"))),
                        row.getObject("distance_km", Double.class),
                        row.getInt("score")))
                .list();
    }

    private List<Suggestion> described(List<Ranked> ranked, Locale locale) {
        var skillIds = new HashSet<Long>();
        ranked.forEach(each -> skillIds.addAll(each.skills()));
        var labels = directory.labels(skillIds, locale);
        var names = members.displayNames(ranked.stream().map(Ranked::mentorId).toList(), locale);
        return ranked.stream()
                .map(each -> new Suggestion(
                        each.mentorId(),
                        names.get(each.mentorId()),
                        each.about(),
                        each.skills().stream().map(id -> labels.getOrDefault(id, "")).filter(label -> !label.isEmpty()).toList(),
                        each.sectors(),
                        each.languages().stream().map(code -> directory.languageName(code, locale)).toList(),
                        each.distanceKm() == null ? null : (int) Math.round(each.distanceKm()),
                        each.remote(),
                        each.placesLeft(),
                        each.score()))
                .toList();
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}

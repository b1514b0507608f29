package coop.agora.directory;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * For planning premises: how many members with a town live in each zone (a Belgian postal district
 * or a French département), listed or not. Only zones of at least {@link #MIN_COUNT} members are
 * shown, and the rest only as one total when that total is large enough, so that no count points at
 * a person.
 */
@Service
class Density {

    static final int MIN_COUNT = 5;

    private final JdbcClient db;

    Density(JdbcClient db) {
        this.db = db;
    }

    DensityReport report() {
        var all = db.sql("""
                        select pl.country, left(pl.postal_code, 2) as prefix, count(*) as members
                        from directory.profile p join directory.place pl on pl.id = p.place_id
                        group by pl.country, left(pl.postal_code, 2)
                        order by members desc, pl.country, prefix""")
                .query((row, number) -> new DensityReport.Zone(row.getString("country"), row.getString("prefix"), row.getLong("members")))
                .list();
        var shown = all.stream().filter(zone -> zone.members() >= MIN_COUNT).toList();
        var others = all.stream().filter(zone -> zone.members() < MIN_COUNT).mapToLong(DensityReport.Zone::members).sum();
        return new DensityReport(shown, others >= MIN_COUNT ? others : 0);
    }
}

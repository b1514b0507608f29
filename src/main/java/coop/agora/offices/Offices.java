package coop.agora.offices;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The list of offices. It changes rarely, so it is read once, on first use, and kept. */
@Service
public class Offices {

    private final JdbcClient db;
    private volatile @Nullable Map<Long, Office> byId;

    Offices(JdbcClient db) {
        this.db = db;
    }

    public List<Office> all() {
        return List.copyOf(loaded().values());
    }

    public Optional<Office> find(long id) {
        return Optional.ofNullable(loaded().get(id));
    }

    public boolean exists(long id) {
        return loaded().containsKey(id);
    }

    private Map<Long, Office> loaded() {
        var offices = byId;
        if (offices == null) {
            offices = db.sql("select id, code, name_fr, name_nl, name_en, country, time_zone from offices.office order by id")
                    .query((row, number) -> new Office(
                            row.getLong("id"),
                            row.getString("code"),
                            row.getString("name_fr"),
                            row.getString("name_nl"),
                            row.getString("name_en"),
                            row.getString("country"),
                            ZoneId.of(row.getString("time_zone"))))
                    .stream()
                    .collect(Collectors.toMap(Office::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
            byId = offices;
        }
        return offices;
    }
}

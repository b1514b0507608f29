package coop.agora.accounts;

import coop.agora.platform.Texts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask about people: their names, for showing who wrote or did what. */
@Service
public class Members {

    private final JdbcClient db;
    private final Texts texts;

    Members(JdbcClient db, Texts texts) {
        this.db = db;
        this.texts = texts;
    }

    /**
     * The address to send a message to on someone's behalf, such as a directory contact form; only
     * for an active account. Never show it: the sender must not learn it.
     */
    public Optional<String> mailAddress(long id) {
        return db.sql("select email from accounts.account where id = ? and status = 'ACTIVE' and email is not null")
                .param(id)
                .query(String.class)
                .optional();
    }

    /**
     * The names to show for these people, in one query; an erased or unknown account shows as
     * "former member" in the given language.
     */
    public Map<Long, String> displayNames(Collection<Long> ids, Locale language) {
        var former = texts.get("accounts.formerMember", language);
        var names = new HashMap<Long, String>();
        ids.forEach(id -> names.put(id, former));
        if (!ids.isEmpty()) {
            db.sql("select id, display_name from accounts.account where id = any(?) and status <> 'ERASED'")
                    .param(ids.toArray(Long[]::new))
                    .query(row -> {
                        names.put(row.getLong("id"), row.getString("display_name"));
                    });
        }
        return names;
    }
}

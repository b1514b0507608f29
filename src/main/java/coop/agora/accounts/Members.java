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

    /** Where to write to a person about what happens to their content, and in which language. */
    public record Contact(String email, Locale language) {}

    /** The addresses of these people, in one query; erased, disabled and unknown accounts are left out. */
    public Map<Long, Contact> contacts(Collection<Long> ids) {
        var contacts = new HashMap<Long, Contact>();
        if (!ids.isEmpty()) {
            db.sql("select id, email, language from accounts.account where id = any(?) and status = 'ACTIVE' and email is not null")
                    .param(ids.toArray(Long[]::new))
                    .query(row -> {
                        contacts.put(row.getLong("id"), new Contact(row.getString("email"), Locale.forLanguageTag(row.getString("language"))));
                    });
        }
        return contacts;
    }

    /** The account of an address, such as a demo account another module seeds content for. */
    public Optional<Long> idOf(String email) {
        return db.sql("select id from accounts.account where email = ? and status <> 'ERASED'")
                .param(email.strip().toLowerCase(Locale.ROOT))
                .query(Long.class)
                .optional();
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

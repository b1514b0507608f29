package coop.agora.accounts;

import coop.agora.offices.HomeOffices;
import coop.agora.platform.Texts;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask about people: their names, for showing who wrote or did what. */
@Service
public class Members implements HomeOffices {

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
     * The active account whose owner proved this address is theirs, for mail that comes from it; an
     * address never verified matches nobody, so that no one writes in another's name by registering it.
     */
    public Optional<Long> verifiedIdOf(String email) {
        return db.sql("select id from accounts.account where email = ? and status = 'ACTIVE' and verified_at is not null")
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

    @Override
    public Optional<Long> homeOffice(long memberId) {
        return db.sql("select home_office_id from accounts.account where id = ? and status <> 'ERASED' and home_office_id is not null")
                .param(memberId)
                .query(Long.class)
                .optional();
    }

    /** An advisor as colleagues see them: for assigning work and writing to a team. */
    public record Advisor(long id, String displayName, Set<Pole> poles, Set<Long> offices) {}

    /** The active advisors working for a pole, in any office, by name. */
    public List<Advisor> advisors(Pole pole) {
        return db.sql("""
                        select a.id, a.display_name,
                               array(select p.pole from accounts.advisor_pole p where p.account_id = a.id order by p.pole) as poles,
                               array(select o.office_id from accounts.advisor_office o where o.account_id = a.id order by o.office_id) as offices
                        from accounts.account a
                        where a.status = 'ACTIVE'
                          and exists (select 1 from accounts.account_role r where r.account_id = a.id and r.role = 'ADVISOR')
                          and exists (select 1 from accounts.advisor_pole p where p.account_id = a.id and p.pole = ?)
                        order by a.display_name, a.id""")
                .param(pole.name())
                .query((row, number) -> new Advisor(
                        row.getLong("id"),
                        row.getString("display_name"),
                        Arrays.stream((String[]) row.getArray("poles").getArray())
                                .map(Pole::valueOf)
                                .collect(Collectors.toUnmodifiableSet()),
                        Set.of((Long[]) row.getArray("offices").getArray())))
                .list();
    }
}

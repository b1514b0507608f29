package coop.agora.accounts;

import coop.agora.platform.DemoMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the first start of a demo, people to sign in as, in French and in Dutch. */
@Component
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "agora-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final DemoMode demo;
    private final Accounts accounts;
    private final PasswordEncoder passwords;

    DemoAccounts(DemoMode demo, Accounts accounts, PasswordEncoder passwords) {
        this.demo = demo;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    private static final String BANNER = """

            ── Agora demo ─────────────────────────────────────────────
             Sign in at http://localhost:8080/login with password {}
               member     member@agora.example
               advisor    advisor@agora.example
               moderator  moderator@agora.example
               admin      admin@agora.example
            ───────────────────────────────────────────────────────────""";

    private record Person(String email, String name, String language, long office, Set<Role> roles, Set<Pole> poles) {}

    private static final List<Person> PEOPLE = List.of(
            new Person("member@agora.example", "Camille Lambert", "fr", 1, Set.of(Role.MEMBER), Set.of()),
            new Person("advisor@agora.example", "Pieter Janssens", "nl", 6, Set.of(Role.MEMBER, Role.ADVISOR),
                    Set.of(Pole.ACTIVITY_SECURING, Pole.FIRST_LINE)),
            new Person("moderator@agora.example", "Nadia Benali", "fr", 2, Set.of(Role.MEMBER, Role.MODERATOR), Set.of()),
            new Person("admin@agora.example", "Sophie Martin", "fr", 1, Set.of(Role.MEMBER, Role.ADMIN), Set.of()),
            new Person("lotte.peeters@agora.example", "Lotte Peeters", "nl", 7, Set.of(Role.MEMBER), Set.of()),
            new Person("jan.devos@agora.example", "Jan De Vos", "nl", 6, Set.of(Role.MEMBER), Set.of()),
            new Person("ines.dubois@agora.example", "Inès Dubois", "fr", 3, Set.of(Role.MEMBER), Set.of()),
            new Person("thomas.leroy@agora.example", "Thomas Leroy", "fr", 8, Set.of(Role.MEMBER), Set.of()),
            new Person("elodie.moreau@agora.example", "Élodie Moreau", "fr", 9, Set.of(Role.MEMBER), Set.of()),
            new Person("yannick.le.gall@agora.example", "Yannick Le Gall", "fr", 10, Set.of(Role.MEMBER), Set.of()),
            new Person("sanne.willems@agora.example", "Sanne Willems", "nl", 1, Set.of(Role.MEMBER), Set.of()),
            new Person("bram.maes@agora.example", "Bram Maes", "nl", 7, Set.of(Role.MEMBER, Role.ADVISOR),
                    Set.of(Pole.ENTREPRENEURIAL_COACHING)),
            new Person("chloe.fontaine@agora.example", "Chloé Fontaine", "fr", 11, Set.of(Role.MEMBER, Role.ADVISOR),
                    Set.of(Pole.COOPERATIVE_LIFE)),
            new Person("mehdi.haddad@agora.example", "Mehdi Haddad", "fr", 12, Set.of(Role.MEMBER), Set.of()),
            new Person("francois.renard@agora.example", "François Renard", "fr", 4, Set.of(Role.MEMBER), Set.of()),
            new Person("amelie.gerard@agora.example", "Amélie Gérard", "fr", 5, Set.of(Role.MEMBER, Role.ADVISOR),
                    Set.of(Pole.FIRST_LINE)),
            new Person("wout.claes@agora.example", "Wout Claes", "nl", 6, Set.of(Role.MEMBER), Set.of()),
            new Person("marie.nguyen@agora.example", "Marie Nguyen", "en", 1, Set.of(Role.MEMBER), Set.of()));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!demo.enabled()) {
            return;
        }
        if (accounts.count() == 0) {
            seed();
        }
        log.info(BANNER, PASSWORD);
    }

    private void seed() {
        var hash = passwords.encode(PASSWORD);
        for (var person : PEOPLE) {
            var account = new Account(person.email(), hash, person.name(), Locale.forLanguageTag(person.language()), person.office());
            account.confirmAddress();
            account.assign(person.roles(), person.poles(), Set.of(person.office()));
            accounts.save(account);
        }
    }
}

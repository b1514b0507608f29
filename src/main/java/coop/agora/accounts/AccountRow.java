package coop.agora.accounts;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as the admins' list shows it. */
public record AccountRow(
        long id, String displayName, @Nullable String email, String status, Set<Role> roles, Set<Pole> poles, Set<Long> offices) {

    static AccountRow of(Account account) {
        return new AccountRow(
                account.id(),
                account.displayName(),
                account.email(),
                account.status().name(),
                account.roles(),
                account.poles(),
                account.offices());
    }

    public boolean enabled() {
        return "ACTIVE".equals(status);
    }
}

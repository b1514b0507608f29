package coop.agora.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select a.id as id, a.displayName as displayName, a.status as status from Account a where a.id in :ids")
    List<NameRow> findNames(Collection<Long> ids);

    interface NameRow {
        long getId();

        String getDisplayName();

        AccountStatus getStatus();
    }
}

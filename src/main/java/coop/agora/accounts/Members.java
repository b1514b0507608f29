package coop.agora.accounts;

import coop.agora.platform.Texts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about people: their names, for showing who wrote or did what. */
@Service
@Transactional(readOnly = true)
public class Members {

    private final Accounts accounts;
    private final Texts texts;

    Members(Accounts accounts, Texts texts) {
        this.accounts = accounts;
        this.texts = texts;
    }

    /**
     * The names to show for these people in one query; an erased or unknown account shows as
     * "former member" in the given language.
     */
    public Map<Long, String> displayNames(Collection<Long> ids, Locale language) {
        var former = texts.get("accounts.formerMember", language);
        var names = new HashMap<Long, String>();
        ids.forEach(id -> names.put(id, former));
        if (!ids.isEmpty()) {
            for (var row : accounts.findNames(ids)) {
                if (row.getStatus() != AccountStatus.ERASED) {
                    names.put(row.getId(), row.getDisplayName());
                }
            }
        }
        return names;
    }
}

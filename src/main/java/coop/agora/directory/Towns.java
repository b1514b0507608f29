package coop.agora.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The towns members pick from, found by postal code or by name in French or Dutch, with or without accents. */
@Service
class Towns {

    static final int MAX_SUGGESTIONS = 10;
    private static final int MAX_QUERY = 80;

    private final JdbcClient db;
    private final Places places;

    Towns(JdbcClient db, Places places) {
        this.db = db;
        this.places = places;
    }

    /** A town as offered in a list: its label carries the postal code, so that each label is unique. */
    record Choice(long id, String label) {}

    List<Choice> suggest(String typed, Locale language) {
        var words = words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        return matching(words, MAX_SUGGESTIONS, language);
    }

    /** The one town a member meant; none when the text names no town or several. */
    Optional<Place> find(String typed, Locale language) {
        var words = words(typed);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        var found = matching(words, 2, language);
        if (found.size() == 1) {
            return places.findById(found.get(0).id());
        }
        var exact = found.stream().filter(choice -> Folding.fold(choice.label()).equals(Folding.fold(typed))).findFirst();
        return exact.flatMap(choice -> places.findById(choice.id()));
    }

    private List<Choice> matching(List<String> words, int limit, Locale language) {
        var sql = new StringBuilder("select id, postal_code, name_fr, name_nl from directory.place where true");
        for (var word : words) {
            sql.append(isPostalCode(word) ? " and postal_code like ? escape '\\'" : " and search_text like ? escape '\\'");
        }
        sql.append(" order by country, postal_code, name_fr limit ").append(limit);
        var statement = db.sql(sql.toString());
        for (var word : words) {
            var escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            // A postal code is typed from its start; a name may be typed from any of its parts.
            statement = statement.param(isPostalCode(word) ? escaped + "%" : "%" + escaped + "%");
        }
        var dutch = "nl".equals(language.getLanguage());
        return statement.query((row, number) -> new Choice(
                        row.getLong("id"),
                        row.getString("postal_code") + " " + row.getString(dutch ? "name_nl" : "name_fr")))
                .list();
    }

    private static boolean isPostalCode(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    private static List<String> words(String typed) {
        var text = typed.length() > MAX_QUERY ? typed.substring(0, MAX_QUERY) : typed;
        return List.of(Folding.fold(text).split("[\\s,]+")).stream().filter(word -> !word.isBlank()).limit(5).toList();
    }
}

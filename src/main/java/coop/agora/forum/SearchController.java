package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.platform.Languages;
import coop.agora.platform.Viewer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Searching the forum, with filters; filters that do not make sense are ignored rather than refused. */
@Controller
class SearchController {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ForumSearch search;
    private final Categories categories;
    private final Members members;

    SearchController(ForumSearch search, Categories categories, Members members) {
        this.members = members;
        this.search = search;
        this.categories = categories;
    }

    @GetMapping("/forum/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String solved,
            @RequestParam(defaultValue = "") String author,
            @RequestParam(defaultValue = "") String lang,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            Model model) {
        var readable = categories.readableBy(viewer);
        var byId = new LinkedHashMap<Long, Category>();
        readable.forEach(c -> byId.put(c.id(), c));
        var chosen = number(category);
        var scope = chosen != null && byId.containsKey(chosen) ? chosen : null;
        var language = Languages.of(lang).map(Locale::getLanguage).orElse(null);
        var pageNumber = Math.max(0, Math.min(ForumSearch.MAX_PAGES - 1, number(page) == null ? 0 : number(page).intValue()));
        var fromDay = day(from);
        var untilDay = day(until);
        var query = new ForumSearch.Query(q, viewer == null, scope, solved.equals("yes") ? Boolean.TRUE : solved.equals("no") ? Boolean.FALSE : null,
                number(author), language, fromDay == null ? null : fromDay.atStartOfDay(BRUSSELS).toInstant(),
                untilDay == null ? null : untilDay.plusDays(1).atStartOfDay(BRUSSELS).toInstant(), pageNumber,
                categories.readableGroupCategories(viewer));
        var results = search.find(query, locale);
        model.addAttribute("q", q.length() > ForumSearch.MAX_QUERY ? q.substring(0, ForumSearch.MAX_QUERY) : q);
        model.addAttribute("category", chosen != null && byId.containsKey(chosen) ? chosen.toString() : "");
        model.addAttribute("solved", solved.equals("yes") || solved.equals("no") ? solved : "");
        var authorId = number(author);
        model.addAttribute("author", authorId == null ? "" : authorId.toString());
        model.addAttribute("authorName", authorId == null ? "" : members.displayNames(List.of(authorId), locale).get(authorId));
        model.addAttribute("lang", language == null ? "" : language);
        model.addAttribute("from", fromDay == null ? "" : fromDay.toString());
        model.addAttribute("until", untilDay == null ? "" : untilDay.toString());
        model.addAttribute("categories", byId);
        model.addAttribute("results", results);
        model.addAttribute("page", pageNumber);
        model.addAttribute("filters", "q=" + encode(q) + "&category=" + encode(model.getAttribute("category")) + "&solved=" + encode(model.getAttribute("solved"))
                + "&author=" + encode(model.getAttribute("author")) + "&lang=" + encode(model.getAttribute("lang")) + "&from="
                + encode(model.getAttribute("from")) + "&until=" + encode(model.getAttribute("until")));
        return htmx != null ? "forum/_search-results" : "forum/search";
    }

    private static String encode(@Nullable Object value) {
        return java.net.URLEncoder.encode(String.valueOf(value == null ? "" : value), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static @Nullable Long number(String text) {
        try {
            return text.isBlank() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable LocalDate day(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

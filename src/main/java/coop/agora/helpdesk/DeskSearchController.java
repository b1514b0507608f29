package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The advisors' search over every request. Any advisor reads any request, as on a request's page,
 * so every request is searched; admins as well. A reference typed alone opens that request.
 */
@Controller
class DeskSearchController {

    private final DeskSearch search;
    private final Offices offices;
    private final HelpTopics topics;

    DeskSearchController(DeskSearch search, Offices offices, HelpTopics topics) {
        this.search = search;
        this.offices = offices;
        this.topics = topics;
    }

    @GetMapping("/desk/search")
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "") String pole,
            @RequestParam(defaultValue = "") String office,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var words = q == null ? "" : q;
        var errors = FormErrors.builder();
        if (words.strip().length() > DeskSearch.MAX_QUERY) {
            errors.reject("q", "helpdesk.search.error.tooLong");
        }
        var chosenPole = pole.isEmpty() ? null : DeskWork.parsePole(pole);
        if (!pole.isEmpty() && chosenPole == null) {
            errors.reject("pole", "helpdesk.search.error.unknown");
        }
        var chosenOffice = number(office);
        if (!office.isEmpty() && (chosenOffice == null || !offices.exists(chosenOffice))) {
            errors.reject("office", "helpdesk.search.error.unknown");
        }
        var chosenStatus = status(status);
        if (!status.isEmpty() && chosenStatus == null) {
            errors.reject("status", "helpdesk.search.error.unknown");
        }
        var chosenTopic = number(topic);
        if (!topic.isEmpty() && (chosenTopic == null || topics.find(chosenTopic).isEmpty())) {
            errors.reject("topic", "helpdesk.search.error.unknown");
        }
        var requestedPage = number(page);
        var pageNumber = requestedPage == null ? 0 : (int) Math.max(0, Math.min(DeskSearch.MAX_PAGES - 1, requestedPage));
        model.addAttribute("q", words);
        model.addAttribute("pole", pole);
        model.addAttribute("office", office);
        model.addAttribute("status", status);
        model.addAttribute("topic", topic);
        model.addAttribute("poles", List.of(Pole.values()));
        model.addAttribute("offices", offices.all());
        model.addAttribute("topics", topics.all());
        model.addAttribute("statuses", List.of(RequestStatus.values()));
        model.addAttribute("asked", q != null);
        model.addAttribute("page", pageNumber);
        if (errors.any()) {
            response.setStatus(422);
            model.addAttribute("errors", errors.build());
            model.addAttribute("results", DeskSearchResults.NONE);
            return htmx != null ? "helpdesk/_search-results" : "helpdesk/search";
        }
        // While typing, a number is more likely the start of a reference than a request to open.
        if (htmx == null) {
            var referenced = search.referenced(words);
            if (referenced.isPresent()) {
                return "redirect:/desk/requests/" + referenced.get();
            }
        }
        var query = new DeskSearch.Query(words, chosenPole, chosenOffice, chosenStatus, chosenTopic, pageNumber);
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("results", search.find(query, locale));
        model.addAttribute("filters", "q=" + encode(words) + "&pole=" + encode(pole) + "&office=" + encode(office) + "&status=" + encode(status)
                + "&topic=" + encode(topic));
        return htmx != null ? "helpdesk/_search-results" : "helpdesk/search";
    }

    private static @Nullable RequestStatus status(String value) {
        for (var status : RequestStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    private static @Nullable Long number(String value) {
        try {
            return value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

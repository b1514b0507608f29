package coop.agora.directory;

import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import coop.agora.platform.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The directory search page, its results as one types, and the same search as a JSON API. */
@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final MemberProfiles profiles;
    private final PlatformSettings settings;
    private final ApiAllowance allowance;
    private final Texts texts;

    DirectoryController(DirectorySearch search, MemberProfiles profiles, PlatformSettings settings, ApiAllowance allowance, Texts texts) {
        this.allowance = allowance;
        this.texts = texts;
        this.search = search;
        this.profiles = profiles;
        this.settings = settings;
    }

    @GetMapping("/directory")
    String page(
            @RequestParam MultiValueMap<String, String> parameters,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Locale locale,
            Model model) {
        var query = DirectoryQuery.from(parameters);
        model.addAttribute("query", query);
        model.addAttribute("results", search.find(query, viewer != null, locale));
        model.addAttribute("radii", DirectoryQuery.RADII);
        model.addAttribute("orders", List.of(DirectoryQuery.Order.values()));
        return htmx != null && historyRestore == null ? "directory/_results" : "directory/search";
    }

    /** A listed member as the API returns them. */
    record ApiMember(long id, String name, String headline, @Nullable String town, List<String> skills, @Nullable Double distanceKm, String url) {}

    /** A page of the API: the total, the members, the facet counts and the address of the next page. */
    record ApiPage(long total, List<ApiMember> members, ApiFacets facets, @Nullable String next, boolean unknownTown) {}

    record ApiFacets(List<Facet> skills, List<Facet> sectors, List<Facet> towns, List<Facet> languages, List<Facet> availability) {}

    /** Why a call was refused, in the caller's language. */
    record ApiError(String error) {}

    @GetMapping(path = "/api/v1/members", produces = "application/json")
    @ResponseBody
    ResponseEntity<?> api(
            @RequestParam MultiValueMap<String, String> parameters,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            HttpServletRequest request) {
        if (!allowance.take(viewer == null ? "address:" + request.getRemoteAddr() : "member:" + viewer.id())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(allowance.retryAfterSeconds()))
                    .body(new ApiError(texts.get("directory.api.tooMany", locale)));
        }
        var query = DirectoryQuery.from(parameters);
        var results = search.find(query, viewer != null, locale);
        var members = results.members().stream()
                .map(card -> new ApiMember(card.id(), card.name(), card.headline(), card.town(), card.skills(), card.distanceKm(),
                        settings.link(card.path())))
                .toList();
        var facets = new ApiFacets(results.skills(), results.sectors(), results.towns(), results.languages(), results.availability());
        var next = results.next() == null ? null : settings.link("/api/v1/members?" + query.queryString() + "&" + results.next());
        return ResponseEntity.ok(new ApiPage(results.total(), members, facets, next, results.unknownTown()));
    }

    /** Public profiles only, so that search engines never learn of members who chose otherwise. */
    @GetMapping(path = "/directory/sitemap.xml", produces = "application/xml")
    @ResponseBody
    String sitemap() {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (var page : profiles.publicPages()) {
            xml.append("<url><loc>").append(HtmlUtils.htmlEscape(settings.link(page.path()))).append("</loc><lastmod>")
                    .append(page.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}

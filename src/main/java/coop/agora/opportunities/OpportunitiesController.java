package coop.agora.opportunities;

import coop.agora.accounts.Members;
import coop.agora.directory.Matchmaking;
import coop.agora.platform.Markdown;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The board's pages: browsing, an opportunity, the author's form and archive, "for you", and the feed. */
@Controller
class OpportunitiesController {

    private final BoardSearch search;
    private final Board board;
    private final Opportunities opportunities;
    private final BoardMatching matching;
    private final BoardContacts contacts;
    private final BoardModeration moderation;
    private final OpportunityFeed feed;
    private final Matchmaking matchmaking;
    private final Members members;
    private final Markdown markdown;

    OpportunitiesController(BoardSearch search, Board board, Opportunities opportunities, BoardMatching matching, BoardContacts contacts,
            BoardModeration moderation, OpportunityFeed feed, Matchmaking matchmaking, Members members, Markdown markdown) {
        this.search = search;
        this.board = board;
        this.opportunities = opportunities;
        this.matching = matching;
        this.contacts = contacts;
        this.moderation = moderation;
        this.feed = feed;
        this.matchmaking = matchmaking;
        this.members = members;
        this.markdown = markdown;
    }

    @GetMapping("/opportunities")
    String browse(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String skill,
            @RequestParam(defaultValue = "") String town,
            @RequestParam(defaultValue = "") String radius,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String within,
            @RequestParam(defaultValue = "") String after,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            Model model) {
        var query = BoardQuery.read(q, kind, skill, town, radius, language, within, after);
        model.addAttribute("query", query);
        model.addAttribute("results", search.search(query, viewer != null, BoardRules.today(), locale));
        model.addAttribute("kinds", Arrays.asList(OpportunityKind.values()));
        model.addAttribute("radii", BoardQuery.RADII);
        model.addAttribute("withins", BoardQuery.WITHIN);
        return "opportunities/list";
    }

    @GetMapping(path = "/opportunities/feed.atom", produces = "application/atom+xml")
    ResponseEntity<String> atom(Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feed.atom(BoardRules.today(), locale));
    }

    @GetMapping("/opportunities/{id:[0-9]+}")
    String show(@PathVariable long id, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale, Model model) {
        return page(readable(id, viewer), viewer, "", "", FormErrors.none(), locale, model);
    }

    @GetMapping("/opportunities/new")
    String newOpportunity(@AuthenticationPrincipal Viewer viewer, Model model) {
        var form = new OpportunityForm(OpportunityKind.MISSION.name(), "", "", List.of(), "town", "", "", List.of(viewer.language().getLanguage()),
                "", "", "MEMBERS", "");
        return formPage(null, form, FormErrors.none(), viewer, model);
    }

    @GetMapping("/opportunities/skills/suggest")
    String suggestSkills(@RequestParam(defaultValue = "") String skills, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        model.addAttribute("choices", matchmaking.suggestSkills(skills, viewer.id(), locale));
        return "opportunities/_options";
    }

    @PostMapping("/opportunities")
    String publish(OpportunityForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        try {
            var id = board.publish(viewer, form);
            Notices.show(redirect, "opportunities.notice.published");
            return "redirect:/opportunities/" + id;
        } catch (Board.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return formPage(null, form, refused.errors(), viewer, model);
        }
    }

    @GetMapping("/opportunities/{id:[0-9]+}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var opportunity = managed(id, viewer);
        return formPage(opportunity, formOf(opportunity, locale), FormErrors.none(), viewer, model);
    }

    @PostMapping("/opportunities/{id:[0-9]+}/edit")
    String update(@PathVariable long id, OpportunityForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        var opportunity = managed(id, viewer);
        try {
            board.edit(viewer, opportunity, form);
            Notices.show(redirect, "opportunities.notice.saved");
            return "redirect:/opportunities/" + id;
        } catch (Board.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return formPage(opportunity, form, refused.errors(), viewer, model);
        }
    }

    @PostMapping("/opportunities/{id:[0-9]+}/close")
    String close(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        board.close(managed(id, viewer));
        Notices.show(redirect, "opportunities.notice.closed");
        return "redirect:/opportunities/" + id;
    }

    @PostMapping("/opportunities/{id:[0-9]+}/filled")
    String filled(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        board.markFilled(managed(id, viewer));
        Notices.show(redirect, "opportunities.notice.filled");
        return "redirect:/opportunities/" + id;
    }

    @PostMapping("/opportunities/{id:[0-9]+}/contact")
    String contact(@PathVariable long id, @RequestParam(defaultValue = "") String message, @AuthenticationPrincipal Viewer viewer,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var opportunity = readable(id, viewer);
        var errors = opportunity.open(BoardRules.today())
                ? contacts.send(opportunity, viewer, message)
                : FormErrors.builder().rejectForm("opportunities.contact.error.closed").build();
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(opportunity, viewer, message, "", errors, locale, model);
        }
        Notices.show(redirect, "opportunities.notice.contacted");
        return "redirect:/opportunities/" + id;
    }

    @PostMapping("/opportunities/{id:[0-9]+}/report")
    String report(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal Viewer viewer,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var opportunity = readable(id, viewer);
        var errors = moderation.report(id, viewer.id(), reason);
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(opportunity, viewer, "", reason, errors, locale, model);
        }
        Notices.show(redirect, "opportunities.notice.reported");
        return "redirect:/opportunities/" + id;
    }

    @GetMapping("/opportunities/mine")
    String mine(@AuthenticationPrincipal Viewer viewer, Model model) {
        model.addAttribute("opportunities", opportunities.byAuthor(viewer.id()));
        model.addAttribute("today", BoardRules.today());
        return "opportunities/mine";
    }

    @GetMapping("/opportunities/for-you")
    String forYou(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var cards = matching.forYou(viewer.id(), BoardRules.today());
        model.addAttribute("cards", cards);
        model.addAttribute("skillNames", matchmaking.skillLabels(BoardMatching.skillsOf(cards), locale));
        model.addAttribute("listed", matchmaking.fitOf(viewer.id()).isPresent());
        model.addAttribute("notify", matching.notifies(viewer.id()));
        return "opportunities/for-you";
    }

    @PostMapping("/opportunities/for-you/settings")
    String settings(@RequestParam(defaultValue = "") String notify, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        matching.setNotifies(viewer.id(), "on".equals(notify));
        Notices.show(redirect, "opportunities.notice.settingsSaved");
        return "redirect:/opportunities/for-you";
    }

    private String page(Opportunity opportunity, @Nullable Viewer viewer, String message, String reason, FormErrors errors, Locale locale,
            Model model) {
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("descriptionHtml", markdown.toSafeHtml(opportunity.description()));
        model.addAttribute("author", opportunity.byCooperative() || opportunity.authorId() == null
                ? null
                : members.displayNames(List.of(opportunity.authorId()), locale).get(opportunity.authorId()));
        model.addAttribute("skillNames", new ArrayList<>(matchmaking.skillLabels(opportunity.skillIds(), locale).values()).stream().sorted().toList());
        model.addAttribute("open", opportunity.open(BoardRules.today()));
        model.addAttribute("manager", BoardRules.mayManage(viewer, opportunity));
        model.addAttribute("mayContact", viewer != null && opportunity.authorId() != null && viewer.id() != opportunity.authorId());
        model.addAttribute("message", message);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "opportunities/opportunity";
    }

    private String formPage(@Nullable Opportunity opportunity, OpportunityForm form, FormErrors errors, Viewer viewer, Model model) {
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.asList(OpportunityKind.values()));
        model.addAttribute("regions", Arrays.asList(Region.values()));
        model.addAttribute("languages", Matchmaking.languageCodes());
        model.addAttribute("staff", BoardRules.staff(viewer));
        return "opportunities/form";
    }

    private OpportunityForm formOf(Opportunity opportunity, Locale locale) {
        var names = matchmaking.skillLabels(opportunity.skillIds(), locale);
        var town = opportunity.townId() == null ? "" : matchmaking.town(opportunity.townId()).map(found -> found.label(locale)).orElse("");
        return new OpportunityForm(opportunity.kind().name(), opportunity.title(), opportunity.description(),
                opportunity.skillIds().stream().map(skill -> names.getOrDefault(skill, "")).toList(),
                opportunity.placeKind().toLowerCase(Locale.ROOT), town, opportunity.region() == null ? "" : opportunity.region().name(),
                opportunity.languages(), opportunity.budget(), opportunity.deadline().toString(), opportunity.audience(),
                opportunity.byCooperative() ? "on" : "");
    }

    private Opportunity readable(long id, @Nullable Viewer viewer) {
        var opportunity = opportunities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!BoardRules.mayRead(viewer, opportunity)) {
            if (viewer == null && !opportunity.hidden()) {
                throw new AccessDeniedException("Members only");
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return opportunity;
    }

    private Opportunity managed(long id, Viewer viewer) {
        var opportunity = opportunities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!BoardRules.mayManage(viewer, opportunity)) {
            throw new AccessDeniedException("Not the author");
        }
        return opportunity;
    }
}

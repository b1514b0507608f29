package coop.agora.groups;

import coop.agora.events.GroupAgenda;
import coop.agora.offices.Offices;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The groups' pages: the list, proposing one, a group's page, joining and leaving, members and documents. */
@Controller
class GroupsController {

    static final int UPCOMING_EVENTS = 5;

    private final GroupRecords records;
    private final GroupLife life;
    private final GroupPage page;
    private final GroupDocuments documents;
    private final GroupAgenda agenda;
    private final Offices offices;

    GroupsController(GroupRecords records, GroupLife life, GroupPage page, GroupDocuments documents, GroupAgenda agenda, Offices offices) {
        this.records = records;
        this.life = life;
        this.page = page;
        this.documents = documents;
        this.agenda = agenda;
        this.offices = offices;
    }

    @GetMapping("/groups")
    String list(@RequestParam(defaultValue = "") String kind, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var chosen = GroupLife.kind(kind);
        model.addAttribute("groups", records.approved(chosen, locale));
        model.addAttribute("mine", records.of(viewer.id(), locale));
        model.addAttribute("kinds", Arrays.asList(GroupKind.values()));
        model.addAttribute("kind", chosen == null ? "" : chosen.name());
        model.addAttribute("reviewer", reviewer(viewer));
        return "groups/list";
    }

    @GetMapping("/groups/new")
    String proposal(@AuthenticationPrincipal Viewer viewer, Model model) {
        var form = new GroupForm("", "", "", "", "", List.of(viewer.language().getLanguage()), Joining.OPEN.name());
        return proposalPage(form, FormErrors.none(), model);
    }

    @PostMapping("/groups")
    String propose(GroupForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        try {
            var id = life.propose(viewer, form);
            Notices.show(redirect, "groups.notice.proposed");
            return "redirect:/groups/" + id;
        } catch (GroupLife.Refused refused) {
            response.setStatus(refused.status().value());
            return proposalPage(form, refused.errors(), model);
        }
    }

    @GetMapping("/groups/{id:[0-9]+}/edit")
    String editPage(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var group = editable(id, viewer, locale);
        var form = new GroupForm(group.name(), group.kind().name(), group.officeId() == null ? "" : String.valueOf(group.officeId()),
                group.town(), group.description(), group.languages(), group.joining().name());
        return editPage(group, form, FormErrors.none(), model);
    }

    @PostMapping("/groups/{id:[0-9]+}/edit")
    String edit(@PathVariable long id, GroupForm form, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        var group = editable(id, viewer, locale);
        try {
            life.edit(viewer, id, form);
            Notices.show(redirect, "groups.notice.edited");
            return "redirect:/groups/" + id;
        } catch (GroupLife.Refused refused) {
            response.setStatus(refused.status().value());
            return editPage(group, form, refused.errors(), model);
        }
    }

    private String editPage(Group group, GroupForm form, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        proposalPage(form, errors, model);
        return "groups/edit";
    }

    /** An approved group its organizers and admins change; other members are forbidden. */
    private Group editable(long id, Viewer viewer, Locale locale) {
        var group = readable(id, viewer, locale);
        if (!group.approved()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!life.mayEdit(viewer, id)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return group;
    }

    private String proposalPage(GroupForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.asList(GroupKind.values()));
        model.addAttribute("joinings", Arrays.asList(Joining.values()));
        model.addAttribute("offices", offices.all());
        return "groups/new";
    }

    @GetMapping("/groups/{id:[0-9]+}")
    String group(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        return groupPage(readable(id, viewer, locale), viewer, "", FormErrors.none(), locale, model);
    }

    private String groupPage(Group group, Viewer viewer, String email, FormErrors errors, Locale locale, Model model) {
        var membership = records.membership(group.id(), viewer.id());
        var people = page.people(group.id(), viewer, membership.organizer(), locale);
        model.addAttribute("group", group);
        model.addAttribute("membership", membership);
        model.addAttribute("people", people.shown());
        model.addAttribute("unlisted", people.unlisted());
        // The events of a group joined on request or by invitation stay among its members, as everywhere in the agenda.
        var eventsShown = group.approved() && (group.joining() == Joining.OPEN || membership.member());
        model.addAttribute("events", eventsShown ? agenda.upcoming(group.id(), UPCOMING_EVENTS, locale) : List.of());
        model.addAttribute("documents", membership.member() ? documents.of(group.id(), viewer.id(), locale) : List.of());
        model.addAttribute("newEventPath", GroupAgenda.newEventPath(group.id()));
        model.addAttribute("feedPath", GroupAgenda.feedPath(group.id()));
        model.addAttribute("reviewer", reviewer(viewer));
        model.addAttribute("editable", group.approved() && (membership.organizer() || viewer.hasRole("ADMIN")));
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        model.addAttribute("maxDocument", GroupDocuments.MAX_SIZE / (1024 * 1024));
        return "groups/group";
    }

    @PostMapping("/groups/{id:[0-9]+}/join")
    String join(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        var group = readable(id, viewer, locale);
        try {
            var joined = life.join(viewer.id(), id);
            Notices.show(redirect, switch (joined) {
                case MEMBER -> "groups.notice.joined";
                case REQUESTED -> "groups.notice.requested";
                case ALREADY -> "groups.notice.already";
            });
            return "redirect:/groups/" + id;
        } catch (GroupLife.Refused refused) {
            return refusedPage(refused, group, viewer, "", locale, response, model);
        }
    }

    @PostMapping("/groups/{id:[0-9]+}/leave")
    String leave(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        var group = readable(id, viewer, locale);
        try {
            life.leave(viewer.id(), id);
            Notices.show(redirect, "groups.notice.left");
            return "redirect:/groups/" + id;
        } catch (GroupLife.Refused refused) {
            return refusedPage(refused, group, viewer, "", locale, response, model);
        }
    }

    @PostMapping("/groups/{id:[0-9]+}/members/{memberId:[0-9]+}/{action:accept|refuse|remove|organizer}")
    String manage(@PathVariable long id, @PathVariable long memberId, @PathVariable String action, @AuthenticationPrincipal Viewer viewer,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var group = readable(id, viewer, locale);
        try {
            switch (action) {
                case "accept" -> life.answerRequest(viewer, id, memberId, true);
                case "refuse" -> life.answerRequest(viewer, id, memberId, false);
                case "remove" -> life.remove(viewer, id, memberId);
                default -> life.makeOrganizer(viewer, id, memberId);
            }
            Notices.show(redirect, "groups.notice." + action);
            return "redirect:/groups/" + id + "#members";
        } catch (GroupLife.Refused refused) {
            return refusedPage(refused, group, viewer, "", locale, response, model);
        }
    }

    @PostMapping("/groups/{id:[0-9]+}/invitations")
    String invite(@PathVariable long id, @RequestParam(defaultValue = "") String email, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var group = readable(id, viewer, locale);
        try {
            life.invite(viewer, id, email.strip());
            Notices.show(redirect, "groups.notice.invited");
            return "redirect:/groups/" + id + "#members";
        } catch (GroupLife.Refused refused) {
            return refusedPage(refused, group, viewer, email, locale, response, model);
        }
    }

    @PostMapping("/groups/{id:[0-9]+}/documents")
    String upload(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file, @AuthenticationPrincipal Viewer viewer,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model) throws IOException {
        var group = memberOf(id, viewer, locale);
        var name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        var problem = file == null || file.isEmpty() ? Optional.of("groups.error.documentEmpty")
                : file.getSize() > GroupDocuments.MAX_SIZE ? Optional.of("groups.error.documentTooLarge")
                : GroupDocuments.problem(name, file.getBytes());
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return groupPage(group, viewer, "", FormErrors.builder().reject("file", problem.get()).build(), locale, model);
        }
        documents.add(id, viewer.id(), name, file.getBytes());
        Notices.show(redirect, "groups.notice.documentAdded");
        return "redirect:/groups/" + id + "#documents";
    }

    @GetMapping("/groups/{id:[0-9]+}/documents/{documentId:[0-9]+}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal Viewer viewer, Locale locale) {
        memberOf(id, viewer, locale);
        var shared = documents.find(id, documentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var content = documents.content(shared.fileId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(content.file().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @PostMapping("/groups/{id:[0-9]+}/documents/{documentId:[0-9]+}/delete")
    String deleteDocument(@PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal Viewer viewer, Locale locale,
            RedirectAttributes redirect) {
        memberOf(id, viewer, locale);
        var shared = documents.find(id, documentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var mine = shared.uploadedBy() != null && shared.uploadedBy() == viewer.id();
        if (!mine && !records.membership(id, viewer.id()).organizer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        documents.delete(id, documentId);
        Notices.show(redirect, "groups.notice.documentDeleted");
        return "redirect:/groups/" + id + "#documents";
    }

    private String refusedPage(GroupLife.Refused refused, Group group, Viewer viewer, String email, Locale locale,
            HttpServletResponse response, Model model) {
        response.setStatus(refused.status().value());
        return groupPage(group, viewer, email, refused.errors(), locale, model);
    }

    /** An approved group for everyone signed in; a proposal or a refused group for its proposer and reviewers only. */
    private Group readable(long id, Viewer viewer, Locale locale) {
        var group = records.find(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var proposer = group.proposedBy() != null && group.proposedBy() == viewer.id();
        if (!group.approved() && !proposer && !reviewer(viewer)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return group;
    }

    private Group memberOf(long id, Viewer viewer, Locale locale) {
        var group = readable(id, viewer, locale);
        if (!group.approved() || !records.membership(id, viewer.id()).member()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return group;
    }

    static boolean reviewer(Viewer viewer) {
        return viewer.hasRole("ADVISOR") || viewer.hasRole("ADMIN");
    }
}

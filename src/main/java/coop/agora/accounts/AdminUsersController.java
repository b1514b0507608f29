package coop.agora.accounts;

import coop.agora.offices.Offices;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' list of people, and the page where an admin sets someone's roles, poles and offices. */
@Controller
class AdminUsersController {

    private final AccountSearch search;
    private final AccountService service;
    private final Offices offices;

    AdminUsersController(AccountSearch search, AccountService service, Offices offices) {
        this.search = search;
        this.service = service;
        this.offices = offices;
    }

    @GetMapping("/admin/users")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        var roleFilter = parseRole(role);
        var pageNumber = parsePage(page);
        var found = search.find(q, roleFilter, pageNumber);
        model.addAttribute("q", q.length() > AccountSearch.MAX_QUERY ? q.substring(0, AccountSearch.MAX_QUERY) : q);
        model.addAttribute("role", roleFilter == null ? "" : roleFilter.name());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("rows", found.rows());
        model.addAttribute("total", found.total());
        model.addAttribute("page", pageNumber);
        model.addAttribute("pageSize", AccountSearch.PAGE_SIZE);
        return htmx != null ? "admin/_users-results" : "admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        return editPage(row(id), FormErrors.none(), model);
    }

    @PostMapping("/admin/users/{id}")
    String assign(
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
            @RequestParam(name = "poles", required = false) @Nullable List<String> poles,
            @RequestParam(name = "offices", required = false) @Nullable List<String> officeIds,
            @RequestParam(defaultValue = "") String enabled,
            @AuthenticationPrincipal SignedInMember me,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var current = row(id);
        var errors = FormErrors.builder();
        var chosenRoles = parseAll(roles, Role.class, "roles", errors);
        var chosenPoles = parseAll(poles, Pole.class, "poles", errors);
        var chosenOffices = new HashSet<Long>();
        for (var office : officeIds == null ? List.<String>of() : officeIds) {
            try {
                var officeId = Long.parseLong(office);
                if (!offices.exists(officeId)) {
                    throw new NumberFormatException();
                }
                chosenOffices.add(officeId);
            } catch (NumberFormatException e) {
                errors.reject("offices", "accounts.error.officeUnknown");
            }
        }
        if (id == me.id() && (!chosenRoles.contains(Role.ADMIN) || !"on".equals(enabled))) {
            errors.reject("roles", "admin.users.error.ownAdmin");
        }
        if (chosenRoles.contains(Role.ADVISOR) && (chosenPoles.isEmpty() || chosenOffices.isEmpty())) {
            errors.reject("poles", "admin.users.error.advisorNeedsPoleAndOffice");
        }
        if (errors.any()) {
            response.setStatus(422);
            var typed = new AccountRow(id, current.displayName(), current.email(), current.status(), chosenRoles, chosenPoles, chosenOffices);
            return editPage(typed, errors.build(), model);
        }
        service.assign(id, chosenRoles, chosenPoles, chosenOffices, "on".equals(enabled));
        Notices.show(redirect, "accounts.saved");
        return "redirect:/admin/users/" + id;
    }

    private AccountRow row(long id) {
        try {
            var account = service.get(id);
            if (account.status() == AccountStatus.ERASED) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return AccountRow.of(account);
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String editPage(AccountRow account, FormErrors errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("poles", List.of(Pole.values()));
        model.addAttribute("offices", offices.all());
        return "admin/user";
    }

    private static @Nullable Role parseRole(String role) {
        try {
            return role.isBlank() ? null : Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static <E extends Enum<E>> Set<E> parseAll(@Nullable List<String> values, Class<E> type, String field, FormErrors.Builder errors) {
        var parsed = EnumSet.noneOf(type);
        for (var value : values == null ? List.<String>of() : values) {
            try {
                parsed.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                errors.reject(field, "form.error.invalid");
            }
        }
        return parsed;
    }
}

package coop.agora.accounts;

import coop.agora.offices.Offices;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: name, language, office, address, password, data, erasure. */
@Controller
class AccountController {

    private final AccountService service;
    private final AccountRules rules;
    private final Offices offices;
    private final SessionRefresh sessionRefresh;
    private final LocaleResolver localeResolver;

    AccountController(
            AccountService service, AccountRules rules, Offices offices, SessionRefresh sessionRefresh, LocaleResolver localeResolver) {
        this.service = service;
        this.rules = rules;
        this.offices = offices;
        this.sessionRefresh = sessionRefresh;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/account")
    String page(@AuthenticationPrincipal SignedInMember me, Model model) {
        var account = service.get(me.id());
        var office = account.homeOfficeId();
        return page(
                account,
                new ProfileForm(account.displayName(), account.language().getLanguage(), office == null ? "" : office.toString()),
                FormErrors.none(),
                "",
                model);
    }

    @PostMapping("/account/profile")
    String describe(
            @AuthenticationPrincipal SignedInMember me,
            ProfileForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var errors = FormErrors.builder();
        rules.checkName(form.displayName(), errors);
        var language = rules.language(form.language(), errors);
        var office = rules.office(form.homeOffice(), errors);
        if (errors.any()) {
            response.setStatus(422);
            return page(service.get(me.id()), form, errors.build(), "", model);
        }
        service.describe(me.id(), form.displayName(), language, office);
        sessionRefresh.refresh(service.get(me.id()), request, response);
        localeResolver.setLocale(request, response, language);
        Notices.show(redirect, "accounts.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    String changeEmail(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(defaultValue = "") String newEmail,
            @RequestParam(defaultValue = "") String currentPassword,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = FormErrors.builder();
        rules.checkEmail("newEmail", newEmail, errors);
        if (!service.passwordMatches(me.id(), currentPassword)) {
            errors.reject("emailCurrentPassword", "accounts.error.currentPasswordWrong");
        }
        if (errors.any()) {
            response.setStatus(422);
            return pageWithoutProfileChanges(me, errors.build(), newEmail.length() > 300 ? "" : newEmail, model);
        }
        service.requestEmailChange(me.id(), newEmail);
        Notices.show(redirect, "accounts.email.sent");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = FormErrors.builder();
        if (!service.passwordMatches(me.id(), currentPassword)) {
            errors.reject("currentPassword", "accounts.error.currentPasswordWrong");
        }
        rules.checkNewPassword("newPassword", newPassword, errors, me.displayName(), me.getUsername());
        if (errors.any()) {
            response.setStatus(422);
            return pageWithoutProfileChanges(me, errors.build(), "", model);
        }
        service.changePassword(me.id(), newPassword);
        Notices.show(redirect, "accounts.password.changed");
        return "redirect:/account";
    }

    @GetMapping("/email/confirm")
    String confirmEmail(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("outcome", service.confirmEmailChange(token).name());
        return "accounts/email-confirmed";
    }

    @GetMapping("/account/data")
    ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal SignedInMember me) {
        var name = "agora-my-data-" + LocalDate.now() + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(service.export(me.id()));
    }

    @PostMapping("/account/erase")
    String erase(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        var errors = FormErrors.builder();
        if (!service.passwordMatches(me.id(), currentPassword)) {
            errors.reject("eraseCurrentPassword", "accounts.error.currentPasswordWrong");
        }
        if (!"on".equals(confirmation)) {
            errors.reject("confirmation", "accounts.error.eraseNotConfirmed");
        }
        if (errors.any()) {
            response.setStatus(422);
            return pageWithoutProfileChanges(me, errors.build(), "", model);
        }
        service.erase(me.id());
        new SecurityContextLogoutHandler().logout(request, response, null);
        Notices.show(redirect, "accounts.erase.done");
        return "redirect:/";
    }

    private String pageWithoutProfileChanges(SignedInMember me, FormErrors errors, String newEmail, Model model) {
        var account = service.get(me.id());
        var office = account.homeOfficeId();
        var form = new ProfileForm(account.displayName(), account.language().getLanguage(), office == null ? "" : office.toString());
        return page(account, form, errors, newEmail, model);
    }

    private String page(Account account, ProfileForm form, FormErrors errors, String newEmail, Model model) {
        model.addAttribute("email", String.valueOf(account.email()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("newEmail", newEmail);
        model.addAttribute("offices", offices.all());
        return "accounts/account";
    }
}

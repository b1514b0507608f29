package coop.agora.accounts;

import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "I forgot my password": a link by mail, then a new password. */
@Controller
class PasswordResetController {

    private final AccountService service;
    private final AccountRules rules;

    PasswordResetController(AccountService service, AccountRules rules) {
        this.service = service;
        this.rules = rules;
    }

    @GetMapping("/password/forgot")
    String forgot(@RequestParam(required = false) String sent, Model model) {
        model.addAttribute("sent", sent != null);
        model.addAttribute("email", "");
        model.addAttribute("errors", FormErrors.none());
        return "accounts/password-forgot";
    }

    @PostMapping("/password/forgot")
    String sendLink(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
        var errors = FormErrors.builder();
        rules.checkEmail("email", email, errors);
        if (errors.any()) {
            response.setStatus(422);
            model.addAttribute("sent", false);
            model.addAttribute("email", email.length() > 300 ? "" : email);
            model.addAttribute("errors", errors.build());
            return "accounts/password-forgot";
        }
        service.requestPasswordReset(email);
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        var outcome = service.checkResetLink(token);
        if (outcome != AccountService.LinkOutcome.DONE) {
            model.addAttribute("outcome", outcome.name());
            return "accounts/link-problem";
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.none());
        return "accounts/password-reset";
    }

    @PostMapping("/password/reset")
    String reset(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = FormErrors.builder();
        var name = service.personalWordsOfResetLink(token);
        rules.checkNewPassword("password", password, errors, name == null ? "" : name);
        if (errors.any() && name != null) {
            response.setStatus(422);
            model.addAttribute("token", token);
            model.addAttribute("errors", errors.build());
            return "accounts/password-reset";
        }
        var outcome = service.resetPassword(token, password);
        if (outcome != AccountService.LinkOutcome.DONE) {
            model.addAttribute("outcome", outcome.name());
            return "accounts/link-problem";
        }
        Notices.show(redirect, "accounts.reset.done");
        return "redirect:/login";
    }
}

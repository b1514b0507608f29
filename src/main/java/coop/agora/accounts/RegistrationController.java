package coop.agora.accounts;

import coop.agora.offices.Offices;
import coop.agora.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Creating an account and confirming its address. */
@Controller
class RegistrationController {

    private final AccountService service;
    private final AccountRules rules;
    private final Offices offices;

    RegistrationController(AccountService service, AccountRules rules, Offices offices) {
        this.service = service;
        this.rules = rules;
        this.offices = offices;
    }

    @GetMapping("/register")
    String form(Locale locale, Model model) {
        return page(new RegistrationForm("", "", "", locale.getLanguage(), ""), FormErrors.none(), model);
    }

    @PostMapping("/register")
    String register(RegistrationForm form, Model model, HttpServletResponse response) {
        var errors = FormErrors.builder();
        rules.checkName(form.displayName(), errors);
        rules.checkEmail("email", form.email(), errors);
        rules.checkNewPassword("password", form.password(), errors, form.displayName(), form.email());
        var language = rules.language(form.language(), errors);
        var office = rules.office(form.homeOffice(), errors);
        if (errors.any()) {
            response.setStatus(422);
            return page(new RegistrationForm(form.displayName(), form.email(), "", form.language(), form.homeOffice()), errors.build(), model);
        }
        service.register(form.email(), form.password(), form.displayName(), language, office);
        return "redirect:/register/sent";
    }

    @GetMapping("/register/sent")
    String sent() {
        return "accounts/register-sent";
    }

    @PostMapping("/register/resend")
    String resend(@RequestParam(defaultValue = "") String email) {
        if (EmailAddress.isValid(email)) {
            service.resendConfirmation(email);
        }
        return "redirect:/register/sent";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("outcome", service.confirmAddress(token).name());
        return "accounts/verified";
    }

    private String page(RegistrationForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("offices", offices.all());
        return "accounts/register";
    }
}

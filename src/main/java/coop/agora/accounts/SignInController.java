package coop.agora.accounts;

import coop.agora.platform.Viewer;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the form itself is handled by Spring Security. */
@Controller
class SignInController {

    private static final Set<String> KNOWN_ERRORS = Set.of("wrong", "unconfirmed", "blocked", "throttled", "busy");

    @GetMapping("/login")
    String form(@RequestParam(required = false) @Nullable String error, @AuthenticationPrincipal @Nullable Viewer viewer, Model model) {
        if (viewer != null) {
            return "redirect:/";
        }
        model.addAttribute("errorKey", error == null ? null : "accounts.signIn.error." + (KNOWN_ERRORS.contains(error) ? error : "wrong"));
        return "accounts/login";
    }
}

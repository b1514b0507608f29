package coop.agora.helpdesk;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An advisor records when they will be away. */
@Controller
class AbsenceController {

    private final Absences absences;

    AbsenceController(Absences absences) {
        this.absences = absences;
    }

    @GetMapping("/desk/absences")
    String page(@AuthenticationPrincipal Viewer viewer, Model model) {
        return page(viewer, "", "", FormErrors.none(), model);
    }

    private String page(Viewer viewer, String startsOn, String endsOn, FormErrors errors, Model model) {
        model.addAttribute("absences", absences.of(viewer.id()));
        model.addAttribute("startsOn", startsOn);
        model.addAttribute("endsOn", endsOn);
        model.addAttribute("errors", errors);
        return "helpdesk/absences";
    }

    @PostMapping("/desk/absences")
    String record(
            @RequestParam(defaultValue = "") String startsOn,
            @RequestParam(defaultValue = "") String endsOn,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            absences.record(viewer.id(), day(startsOn), day(endsOn));
            Notices.show(redirect, "helpdesk.notice.absence");
            return "redirect:/desk/absences";
        } catch (Refused refused) {
            response.setStatus(422);
            return page(viewer, startsOn, endsOn, refused.errors(), model);
        }
    }

    @PostMapping("/desk/absences/{id}/cancel")
    String cancel(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        absences.cancel(viewer.id(), id);
        Notices.show(redirect, "helpdesk.notice.absenceCancelled");
        return "redirect:/desk/absences";
    }

    private static @Nullable LocalDate day(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

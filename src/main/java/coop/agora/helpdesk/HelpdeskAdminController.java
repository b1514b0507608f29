package coop.agora.helpdesk;

import coop.agora.accounts.Members.Advisor;
import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins choose who coordinates each pole in each office (under /admin, so admins only). */
@Controller
class HelpdeskAdminController {

    private final Coordinators coordinators;
    private final Colleagues colleagues;
    private final Offices offices;

    HelpdeskAdminController(Coordinators coordinators, Colleagues colleagues, Offices offices) {
        this.coordinators = coordinators;
        this.colleagues = colleagues;
        this.offices = offices;
    }

    @GetMapping("/admin/helpdesk")
    String page(Locale locale, Model model) {
        return page(FormErrors.none(), locale, model);
    }

    private String page(FormErrors errors, Locale locale, Model model) {
        var advisors = new LinkedHashMap<Long, Advisor>();
        for (var pole : Pole.values()) {
            colleagues.of(pole).forEach(advisor -> advisors.putIfAbsent(advisor.id(), advisor));
        }
        model.addAttribute("coordinators", coordinators.all(locale));
        model.addAttribute("advisors", advisors.values().stream().sorted(Comparator.comparing(Advisor::displayName)).toList());
        model.addAttribute("poles", List.of(Pole.values()));
        model.addAttribute("offices", offices.all());
        model.addAttribute("errors", errors);
        return "helpdesk/admin";
    }

    @PostMapping("/admin/helpdesk/coordinators")
    String add(
            @RequestParam(defaultValue = "") String pole,
            @RequestParam(defaultValue = "-1") String office,
            @RequestParam(defaultValue = "-1") String advisor,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            coordinators.add(pole, AskForm.parseId(office), AskForm.parseId(advisor));
            Notices.show(redirect, "helpdesk.notice.coordinatorAdded");
            return "redirect:/admin/helpdesk";
        } catch (Refused refused) {
            response.setStatus(422);
            return page(refused.errors(), locale, model);
        }
    }

    @PostMapping("/admin/helpdesk/coordinators/remove")
    String remove(
            @RequestParam(defaultValue = "") String pole,
            @RequestParam(defaultValue = "-1") String office,
            @RequestParam(defaultValue = "-1") String advisor,
            RedirectAttributes redirect) {
        coordinators.remove(pole, AskForm.parseId(office), AskForm.parseId(advisor));
        Notices.show(redirect, "helpdesk.notice.coordinatorRemoved");
        return "redirect:/admin/helpdesk";
    }
}

package coop.agora.offices;

import coop.agora.platform.Viewer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The contact page: every service, who handles what, how to reach it and when, in one page. */
@Controller
class ContactController {

    private final Offices offices;
    private final OfficeContacts contacts;
    private final HomeOffices homeOffices;

    ContactController(Offices offices, OfficeContacts contacts, HomeOffices homeOffices) {
        this.offices = offices;
        this.contacts = contacts;
        this.homeOffices = homeOffices;
    }

    /** Without a chosen office, a signed-in member sees their own office; visitors and members without one see the first. */
    @GetMapping("/contact")
    String contact(@RequestParam(defaultValue = "") String office, @AuthenticationPrincipal @Nullable Viewer viewer, Model model) {
        var all = offices.all();
        var chosen = office.isEmpty() ? ownOffice(viewer, all).orElse(all.get(0))
                : all.stream().filter(each -> each.code().equalsIgnoreCase(office)).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var services = contacts.services();
        model.addAttribute("offices", all);
        model.addAttribute("page", contacts.page(chosen.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("services", services);
        model.addAttribute("servicesById", services.stream().collect(Collectors.toMap(CoopService::id, Function.identity())));
        return "offices/contact";
    }

    private Optional<Office> ownOffice(@Nullable Viewer viewer, List<Office> all) {
        if (viewer == null) {
            return Optional.empty();
        }
        return homeOffices.homeOffice(viewer.id()).flatMap(id -> all.stream().filter(each -> each.id() == id).findFirst());
    }
}

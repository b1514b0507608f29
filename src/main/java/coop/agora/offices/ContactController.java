package coop.agora.offices;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
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

    ContactController(Offices offices, OfficeContacts contacts) {
        this.offices = offices;
        this.contacts = contacts;
    }

    @GetMapping("/contact")
    String contact(@RequestParam(defaultValue = "") String office, Model model) {
        var chosen = office.isEmpty() ? offices.all().get(0)
                : offices.all().stream().filter(each -> each.code().equalsIgnoreCase(office)).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var services = contacts.services();
        model.addAttribute("offices", offices.all());
        model.addAttribute("page", contacts.page(chosen.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("services", services);
        model.addAttribute("servicesById", services.stream().collect(Collectors.toMap(CoopService::id, Function.identity())));
        return "offices/contact";
    }
}

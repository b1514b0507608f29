package coop.agora.offices;

import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page of an office: address and phone, weekly hours, closures and the phone menu. */
@Controller
class OfficesAdminController {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()-]{6,25}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TEXT = 200;

    private final Offices offices;
    private final OfficeContacts contacts;
    private final OfficeCalendar calendar;

    OfficesAdminController(Offices offices, OfficeContacts contacts, OfficeCalendar calendar) {
        this.offices = offices;
        this.contacts = contacts;
        this.calendar = calendar;
    }

    @GetMapping("/admin/offices")
    String list(Model model) {
        model.addAttribute("offices", offices.all());
        return "offices/admin-list";
    }

    @GetMapping("/admin/offices/{id}")
    String page(@PathVariable long id, Model model) {
        return page(office(id), FormErrors.none(), Map.of(), model);
    }

    private Office office(long id) {
        return offices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/admin/offices/{id}/contact")
    String contact(@PathVariable long id, @RequestParam Map<String, String> fields, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        var office = office(id);
        var errors = FormErrors.builder();
        var street = text(fields, "street", errors);
        var postcode = text(fields, "postcode", errors);
        var city = text(fields, "city", errors);
        var mapUrl = text(fields, "mapUrl", errors);
        if (!errors.has("mapUrl") && !mapUrl.startsWith("https://")) {
            errors.reject("mapUrl", "offices.error.mapUrl");
        }
        var phone = text(fields, "phone", errors);
        if (!errors.has("phone") && !PHONE.matcher(phone).matches()) {
            errors.reject("phone", "offices.error.phone");
        }
        var email = text(fields, "email", errors);
        if (!errors.has("email") && !EMAIL.matcher(email).matches()) {
            errors.reject("email", "offices.error.email");
        }
        if (errors.any()) {
            response.setStatus(422);
            return page(office, errors.build(), fields, model);
        }
        contacts.updateContact(new OfficeContact(id, street, postcode, city, mapUrl, phone, email));
        Notices.show(redirect, "offices.admin.saved");
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/hours")
    String addHours(@PathVariable long id, @RequestParam Map<String, String> fields, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        var office = office(id);
        var errors = FormErrors.builder();
        DayOfWeek day = null;
        try {
            day = DayOfWeek.of(Integer.parseInt(fields.getOrDefault("day", "")));
        } catch (RuntimeException e) {
            errors.reject("day", "offices.error.day");
        }
        var opens = time(fields.getOrDefault("opens", ""));
        var closes = time(fields.getOrDefault("closes", ""));
        if (opens == null) {
            errors.reject("opens", "offices.error.time");
        }
        if (closes == null) {
            errors.reject("closes", "offices.error.time");
        } else if (opens != null && !closes.isAfter(opens)) {
            errors.reject("closes", "offices.error.closesBeforeOpens");
        }
        if (!errors.any() && day != null && opens != null && closes != null && !contacts.addPeriod(id, day, opens, closes)) {
            errors.reject("opens", "offices.error.overlap");
        }
        if (errors.any()) {
            response.setStatus(422);
            return page(office, errors.build(), fields, model);
        }
        Notices.show(redirect, "offices.admin.saved");
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/hours/remove")
    String removeHours(@PathVariable long id, @RequestParam(defaultValue = "0") int day, @RequestParam(defaultValue = "") String opens,
            RedirectAttributes redirect) {
        office(id);
        var time = time(opens);
        if (day >= 1 && day <= 7 && time != null) {
            contacts.removePeriod(id, DayOfWeek.of(day), time);
        }
        Notices.show(redirect, "offices.admin.saved");
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/closures")
    String addClosure(@PathVariable long id, @RequestParam Map<String, String> fields, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        var office = office(id);
        var errors = FormErrors.builder();
        LocalDate day = null;
        try {
            day = LocalDate.parse(fields.getOrDefault("closureDay", ""));
        } catch (DateTimeParseException e) {
            errors.reject("closureDay", "offices.error.date");
        }
        var nameFr = text(fields, "closureFr", errors);
        var nameNl = text(fields, "closureNl", errors);
        var nameEn = text(fields, "closureEn", errors);
        if (errors.any() || day == null) {
            response.setStatus(422);
            return page(office, errors.build(), fields, model);
        }
        contacts.addClosure(id, day, nameFr, nameNl, nameEn);
        Notices.show(redirect, "offices.admin.saved");
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/closures/remove")
    String removeClosure(@PathVariable long id, @RequestParam(defaultValue = "") String day, RedirectAttributes redirect) {
        office(id);
        try {
            contacts.removeClosure(id, LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Notices.show(redirect, "offices.admin.saved");
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/menu")
    String setKey(@PathVariable long id, @RequestParam Map<String, String> fields, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        var office = office(id);
        var errors = FormErrors.builder();
        int key = -1;
        try {
            key = Integer.parseInt(fields.getOrDefault("key", ""));
        } catch (NumberFormatException e) {
            key = -1;
        }
        if (key < 0 || key > 9) {
            errors.reject("key", "offices.error.key");
        }
        var service = contacts.services().stream().filter(each -> String.valueOf(each.id()).equals(fields.get("service"))).findFirst();
        if (service.isEmpty()) {
            errors.reject("service", "offices.error.service");
        }
        if (errors.any() || service.isEmpty()) {
            response.setStatus(422);
            return page(office, errors.build(), fields, model);
        }
        contacts.setMenuKey(id, key, service.get().id());
        Notices.show(redirect, "offices.admin.saved");
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/menu/remove")
    String removeKey(@PathVariable long id, @RequestParam(defaultValue = "-1") int key, RedirectAttributes redirect) {
        office(id);
        contacts.removeMenuKey(id, key);
        Notices.show(redirect, "offices.admin.saved");
        return "redirect:/admin/offices/" + id;
    }

    private static String text(Map<String, String> fields, String name, FormErrors.Builder errors) {
        var value = fields.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            errors.reject(name, "offices.error.required");
        } else if (value.length() > MAX_TEXT) {
            errors.reject(name, "offices.error.tooLong");
        }
        return value;
    }

    private static @Nullable LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String page(Office office, FormErrors errors, Map<String, String> fields, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("contact", contacts.contact(office.id()).orElse(new OfficeContact(office.id(), "", "", "", "", "", "")));
        model.addAttribute("hours", calendar.weeklyHours(office.id()));
        model.addAttribute("closures", contacts.closures(office.id()));
        model.addAttribute("menu", contacts.menu(office.id()));
        model.addAttribute("services", contacts.services());
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        return "offices/admin";
    }
}

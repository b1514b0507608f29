package coop.agora.knowledge;

import coop.agora.offices.Office;
import coop.agora.offices.Offices;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Welcome booklets: admins assemble and publish them, members download their office's latest edition. */
@Controller
class BookletController {

    private final Booklets booklets;
    private final Offices offices;
    private final Catalog catalog;

    BookletController(Booklets booklets, Offices offices, Catalog catalog) {
        this.booklets = booklets;
        this.offices = offices;
        this.catalog = catalog;
    }

    private static void checkAdmin(Viewer viewer) {
        if (!viewer.hasRole("ADMIN")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @GetMapping("/knowledge/booklets")
    String page(@RequestParam(defaultValue = "0") long booklet, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        checkAdmin(viewer);
        var chosen = booklets.all().stream().filter(row -> row.id() == booklet).findFirst();
        var office = chosen.map(row -> String.valueOf(row.officeId())).orElse("");
        var year = chosen.map(row -> String.valueOf(row.year())).orElse(String.valueOf(LocalDate.now(EditorController.OFFICE_TIME).getYear()));
        return page(office, year, chosen.map(row -> booklets.items(row.id())).orElse(List.of()), FormErrors.none(), locale, model);
    }

    @PostMapping("/knowledge/booklets")
    String assemble(@RequestParam(defaultValue = "") String office, @RequestParam(defaultValue = "") String year,
            @RequestParam(name = "guide", required = false) List<String> guides, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        checkAdmin(viewer);
        var errors = FormErrors.builder();
        var chosenOffice = parse(office).flatMap(offices::find);
        if (chosenOffice.isEmpty()) {
            errors.reject("office", "knowledge.booklet.error.office");
        }
        var chosenYear = parse(year).filter(value -> value >= 2000 && value <= 2100);
        if (chosenYear.isEmpty()) {
            errors.reject("year", "knowledge.booklet.error.year");
        }
        var published = new HashSet<Long>();
        catalog.allPublished(locale).forEach(link -> published.add(link.groupId()));
        var chosenGuides = new ArrayList<Long>();
        for (var guide : guides == null ? List.<String>of() : guides) {
            parse(guide).filter(published::contains).ifPresent(chosenGuides::add);
        }
        if (chosenGuides.isEmpty()) {
            errors.reject("guides", "knowledge.booklet.error.guides");
        }
        if (errors.any() || chosenOffice.isEmpty() || chosenYear.isEmpty()) {
            response.setStatus(422);
            return page(office, year, chosenGuides, errors.build(), locale, model);
        }
        booklets.assemble(chosenOffice.get().id(), chosenYear.get().intValue(), chosenGuides, viewer.id());
        Notices.show(redirect, "knowledge.booklet.assembled");
        return "redirect:/knowledge/booklets";
    }

    @PostMapping("/knowledge/booklets/{id}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        checkAdmin(viewer);
        if (booklets.all().stream().noneMatch(row -> row.id() == id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        booklets.publish(id, viewer.id());
        Notices.show(redirect, "knowledge.booklet.published");
        return "redirect:/knowledge/booklets";
    }

    @GetMapping("/knowledge/booklets/editions/{id}")
    ResponseEntity<byte[]> edition(@PathVariable long id, @AuthenticationPrincipal Viewer viewer) {
        checkAdmin(viewer);
        return pdf(booklets.editionFile(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** Members choose their office and language; only booklets that exist are offered. */
    @GetMapping("/knowledge/booklet")
    String download(Model model) {
        var available = new ArrayList<Office>();
        for (var office : offices.all()) {
            if (booklets.current(office.id(), "fr").isPresent()) {
                available.add(office);
            }
        }
        model.addAttribute("offices", available);
        return "knowledge/booklet";
    }

    @GetMapping("/knowledge/booklet/{code}/{language}")
    ResponseEntity<byte[]> current(@PathVariable String code, @PathVariable String language) {
        var office = offices.all().stream().filter(each -> each.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return pdf(booklets.current(office.id(), language).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    private ResponseEntity<byte[]> pdf(long fileId) {
        var content = booklets.file(fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(content.file().name()).build().toString())
                .body(content.bytes());
    }

    private static Optional<Long> parse(String number) {
        try {
            return Optional.of(Long.parseLong(number.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String page(String office, String year, List<Long> chosen, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("booklets", booklets.all());
        model.addAttribute("guides", catalog.allPublished(locale));
        model.addAttribute("office", office);
        model.addAttribute("year", year);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return "knowledge/booklets";
    }
}

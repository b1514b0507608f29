package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.web.Notices;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Response times and the promise kept, by pole, office, topic or month, with a comparison period. */
@Controller
class ReportsController {

    private final Reports reports;
    private final ReportFigures figures;
    private final Offices offices;
    private final Surveys surveys;

    ReportsController(Reports reports, ReportFigures figures, Offices offices, Surveys surveys) {
        this.surveys = surveys;
        this.reports = reports;
        this.figures = figures;
        this.offices = offices;
    }

    @GetMapping("/desk/reports")
    String report(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "pole") String by,
            @RequestParam(defaultValue = "") String office,
            @RequestParam(defaultValue = "") String pole,
            @RequestParam(defaultValue = "") String vsFrom,
            @RequestParam(defaultValue = "") String vsTo,
            Locale locale,
            Model model) {
        var query = ReportQuery.parse(from, to, by, office, pole, vsFrom, vsTo);
        var lines = reports.lines(query.from(), query.to(), query.grouping(), query.officeId(), query.pole(), locale);
        List<ReportLine> compared = query.vsFrom() == null
                ? List.of()
                : reports.lines(query.vsFrom(), query.vsTo(), query.grouping(), query.officeId(), query.pole(), locale);
        var comparedByKey = new HashMap<String, ReportLine>();
        compared.forEach(line -> comparedByKey.put(line.key(), line));
        var percent = java.text.NumberFormat.getIntegerInstance(locale);
        model.addAttribute("query", query);
        model.addAttribute("lines", lines);
        model.addAttribute("compared", comparedByKey);
        model.addAttribute("chart", BarChart.of(
                lines.stream().map(ReportLine::label).toList(),
                lines.stream().map(ReportLine::inPromisePercent).toList(),
                query.vsFrom() == null ? List.of() : lines.stream().map(line -> {
                    var other = comparedByKey.get(line.key());
                    return other == null ? null : other.inPromisePercent();
                }).toList(),
                100, value -> percent.format(value) + " %"));
        var survey = surveys.results(query.from(), query.to());
        model.addAttribute("surveyAsked", survey.asked());
        model.addAttribute("surveyAnswered", survey.answered());
        model.addAttribute("surveyMean", survey.mean());
        model.addAttribute("backlog", reports.backlog(query.grouping(), query.officeId(), query.pole(), locale));
        model.addAttribute("offices", offices.all());
        model.addAttribute("poles", List.of(Pole.values()));
        return "helpdesk/reports";
    }

    @GetMapping(path = "/desk/reports.csv")
    ResponseEntity<String> csv(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "pole") String by,
            @RequestParam(defaultValue = "") String office,
            @RequestParam(defaultValue = "") String pole,
            Locale locale) {
        var query = ReportQuery.parse(from, to, by, office, pole, "", "");
        var out = new StringWriter();
        try (var printer = CSVFormat.DEFAULT.builder()
                .setHeader(query.grouping().name().toLowerCase(Locale.ROOT), "received", "answered", "answered_within_promise_percent",
                        "first_response_business_hours", "resolution_business_hours", "rating")
                .get()
                .print(out)) {
            for (var line : reports.lines(query.from(), query.to(), query.grouping(), query.officeId(), query.pole(), locale)) {
                printer.printRecord(line.label(), line.received(), line.answered(), round(line.inPromisePercent()), round(line.firstResponseHours()),
                        round(line.resolutionHours()), round(line.rating()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"helpdesk-" + query.from() + "-" + query.to() + ".csv\"")
                .body(out.toString());
    }

    private static String round(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Computes this month's figures and counts the open requests now instead of waiting, after a busy morning. */
    @PostMapping("/desk/reports/refresh")
    String refresh(RedirectAttributes redirect) {
        figures.monthsToRefresh().forEach(figures::refresh);
        reports.recountBacklog();
        Notices.show(redirect, "helpdesk.notice.reportRefreshed");
        return "redirect:/desk/reports";
    }
}

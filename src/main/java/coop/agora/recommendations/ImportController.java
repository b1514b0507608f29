package coop.agora.recommendations;

import coop.agora.platform.Languages;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin imports a whole cycle from a Markdown or CSV file: all of it, or nothing with the line at fault named. */
@Controller
class ImportController {

    static final long MAX_FILE = 2 * 1024 * 1024;
    private static final Pattern CYCLE_NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]{0,59}$");

    private final Tracker tracker;

    ImportController(Tracker tracker) {
        this.tracker = tracker;
    }

    @GetMapping("/admin/recommendations/import")
    String form(Model model) {
        return page(new ImportForm("", "", "fr"), FormErrors.none(), null, model);
    }

    @PostMapping("/admin/recommendations/import")
    String upload(ImportForm form, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal Viewer viewer, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        if (!viewer.hasRole("ADMIN")) {
            throw new org.springframework.security.access.AccessDeniedException("Only admins import cycles");
        }
        var errors = FormErrors.builder();
        var name = form.name().strip();
        if (!CYCLE_NAME.matcher(name).matches()) {
            errors.reject("name", "recommendations.import.error.name");
        }
        var topic = form.topic().strip();
        if (topic.isEmpty() || topic.length() > 200) {
            errors.reject("topic", "recommendations.import.error.topic");
        }
        var language = Languages.of(form.language()).orElse(null);
        if (language == null) {
            errors.reject("language", "recommendations.error.language");
        }
        ImportProblem problem = null;
        CycleFile cycle = null;
        if (file == null || file.isEmpty()) {
            errors.reject("file", "recommendations.import.error.noFile");
        } else if (file.getSize() > MAX_FILE) {
            errors.reject("file", "recommendations.import.error.tooBig");
        } else {
            try {
                var content = utf8(file.getBytes());
                var fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
                cycle = fileName.endsWith(".csv") ? CycleFile.csv(content) : CycleFile.markdown(content);
            } catch (IOException e) {
                errors.reject("file", "recommendations.import.error.encoding");
            } catch (CycleFile.Unreadable unreadable) {
                problem = new ImportProblem(unreadable.key(), unreadable.line());
                errors.reject("file", unreadable.key());
            }
        }
        if (!errors.any()) {
            try {
                var id = tracker.importCycle(name, topic, language, cycle, viewer.id(), false);
                Notices.show(redirect, "recommendations.notice.imported");
                return "redirect:/recommendations?cycle=" + id;
            } catch (Tracker.Refused refused) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return page(form, refused.errors(), null, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(form, errors.build(), problem, model);
    }

    private static String utf8(byte[] bytes) throws java.nio.charset.CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String page(ImportForm form, FormErrors errors, @Nullable ImportProblem problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "recommendations/import";
    }
}

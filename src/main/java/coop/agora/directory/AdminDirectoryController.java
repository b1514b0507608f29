package coop.agora.directory;

import coop.agora.platform.Languages;
import coop.agora.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The admins' page to import skills from ESCO and towns from GeoNames. */
@Controller
class AdminDirectoryController {

    private final VocabularyImports imports;

    AdminDirectoryController(VocabularyImports imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/directory")
    String page(Model model) {
        return page(null, FormErrors.none(), model);
    }

    @PostMapping("/admin/directory/skills")
    String importSkills(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "") String language,
            Model model,
            HttpServletResponse response) {
        var errors = FormErrors.builder();
        var chosen = Languages.of(language);
        if (chosen.isEmpty()) {
            errors.reject("escoLanguage", "directory.error.choiceUnknown");
        }
        if (file == null || file.isEmpty()) {
            errors.reject("escoFile", "directory.import.error.noFile");
        }
        if (errors.any()) {
            response.setStatus(422);
            return page(null, errors.build(), model);
        }
        var report = read(file, reader -> imports.importEsco(reader, chosen.orElseThrow()));
        return reported(report, "escoFile", model, response);
    }

    @PostMapping("/admin/directory/places")
    String importPlaces(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model, HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            return page(null, FormErrors.builder().reject("geoNamesFile", "directory.import.error.noFile").build(), model);
        }
        return reported(read(file, imports::importGeoNames), "geoNamesFile", model, response);
    }

    private String reported(VocabularyImports.Report report, String field, Model model, HttpServletResponse response) {
        if (report.refused()) {
            response.setStatus(422);
            return page(null, FormErrors.builder().reject(field, report.problemKey()).build(), model);
        }
        return page(report, FormErrors.none(), model);
    }

    private interface Import {
        VocabularyImports.Report from(java.io.Reader reader) throws IOException;
    }

    /** Reads a text file, or the same compressed with gzip: the full ESCO files are larger than an upload may be. */
    private static VocabularyImports.Report read(MultipartFile file, Import run) {
        try (var reader = new InputStreamReader(uncompressed(file.getInputStream()), StandardCharsets.UTF_8)) {
            return run.from(reader);
        } catch (IOException | RuntimeException e) {
            // Malformed files surface as parse or conversion exceptions; the import ran in one transaction, so nothing changed.
            return VocabularyImports.Report.refused("directory.import.error.unreadable");
        }
    }

    private static InputStream uncompressed(InputStream upload) throws IOException {
        var input = new BufferedInputStream(upload);
        input.mark(2);
        var gzip = input.read() == 0x1f && input.read() == 0x8b;
        input.reset();
        return gzip ? new GZIPInputStream(input) : input;
    }

    private String page(VocabularyImports.@Nullable Report report, FormErrors errors, Model model) {
        model.addAttribute("report", report == null ? null : new ImportOutcome(report.added(), report.updated(), report.skipped()));
        model.addAttribute("errors", errors);
        return "directory/admin-imports";
    }
}

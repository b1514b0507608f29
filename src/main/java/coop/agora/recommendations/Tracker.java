package coop.agora.recommendations;

import coop.agora.offices.OfficeContacts;
import coop.agora.platform.Languages;
import coop.agora.platform.Markdown;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with recommendations: move them on, plan milestones, link related pages and other
 * recommendations, translate them, import a cycle. Every change is written to the public history
 * with who (as a role), what and why, and told to the followers.
 */
@Service
class Tracker {

    static final int MAX_NOTE = 2_000;
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;
    static final int MAX_COMMENT = 5_000;

    private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z!/]");
    private static final Pattern SCRIPT_LINK = Pattern.compile("(?i)(java|vb)script\\s*:|data\\s*:\\s*text/html");

    private final JdbcClient db;
    private final ApplicationEventPublisher events;
    private final OfficeContacts contacts;
    private final Markdown markdown;

    Tracker(JdbcClient db, ApplicationEventPublisher events, OfficeContacts contacts, Markdown markdown) {
        this.db = db;
        this.events = events;
        this.contacts = contacts;
        this.markdown = markdown;
    }

    /** A form that was refused; nothing was changed. */
    static final class Refused extends RuntimeException {

        private final FormErrors errors;

        Refused(FormErrors errors) {
            super(null, null, false, false);
            this.errors = errors;
        }

        FormErrors errors() {
            return errors;
        }
    }

    static boolean mayChange(@Nullable Viewer viewer) {
        return viewer != null && (viewer.hasRole("ADVISOR") || viewer.hasRole("ADMIN"));
    }

    static boolean mayModerate(@Nullable Viewer viewer) {
        return viewer != null && (viewer.hasRole("ADVISOR") || viewer.hasRole("ADMIN") || viewer.hasRole("MODERATOR"));
    }

    private static void checkStaff(Viewer viewer) {
        if (!mayChange(viewer)) {
            throw new AccessDeniedException("Only advisors and admins change recommendations");
        }
    }

    private static String role(Viewer viewer) {
        return viewer.hasRole("ADMIN") ? "ADMIN" : "ADVISOR";
    }

    private record Current(long id, Status status, int progress, @Nullable Long serviceId, @Nullable String declineReason) {}

    private Current current(long id) {
        return db.sql("select id, status, progress, service_id, decline_reason from recommendations.recommendation where id = ? for update")
                .param(id)
                .query((row, n) -> new Current(row.getLong("id"), Status.valueOf(row.getString("status")), row.getInt("progress"),
                        (Long) row.getObject("service_id"), row.getString("decline_reason")))
                .optional()
                .orElseThrow(() -> new NotFound(id));
    }

    /** No recommendation of that id. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {

        NotFound(long id) {
            super("No recommendation " + id, null, false, false);
        }
    }

    @Transactional
    void update(long id, UpdateForm form, Viewer viewer) {
        checkStaff(viewer);
        var before = current(id);
        var errors = FormErrors.builder();
        var status = status(form.status());
        if (status == null) {
            errors.reject("status", "recommendations.error.status");
        }
        var progress = progress(form.progress());
        if (progress == null) {
            errors.reject("progress", "recommendations.error.progress");
        }
        Long service = null;
        if (!form.service().isBlank()) {
            service = serviceId(form.service());
            if (service == null) {
                errors.reject("service", "recommendations.error.service");
            }
        }
        var reason = form.reason().strip();
        if (status == Status.DECLINED && reason.isEmpty()) {
            errors.reject("reason", "recommendations.error.reasonRequired");
        } else if (reason.length() > MAX_NOTE) {
            errors.reject("reason", "recommendations.error.tooLong");
        } else if (plainTextProblem(reason) != null) {
            errors.reject("reason", plainTextProblem(reason));
        }
        var note = form.note().strip();
        if (note.isEmpty()) {
            errors.reject("note", "recommendations.error.noteRequired");
        } else if (note.length() > MAX_NOTE) {
            errors.reject("note", "recommendations.error.tooLong");
        } else if (plainTextProblem(note) != null) {
            errors.reject("note", plainTextProblem(note));
        }
        var newReason = status == Status.DECLINED ? reason : null;
        if (!errors.any() && status == before.status() && progress == before.progress() && Objects.equals(service, before.serviceId())
                && Objects.equals(newReason, before.declineReason())) {
            errors.rejectForm("recommendations.error.nothingChanged");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        db.sql("""
                        update recommendations.recommendation
                        set status = ?, progress = ?, service_id = ?, decline_reason = ?, updated_at = now() where id = ?""")
                .params(status.name(), progress, service, newReason, id)
                .update();
        db.sql("""
                        insert into recommendations.change
                            (recommendation_id, actor_id, actor_role, service_id, kind, old_status, new_status, old_progress, new_progress,
                             old_service_id, new_service_id, detail, note)
                        values (?, ?, ?, ?, 'UPDATE', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, viewer.id(), role(viewer), service, before.status().name(), status.name(), before.progress(), progress,
                        before.serviceId(), service, newReason, note)
                .update();
        changed(id, viewer);
    }

    @Transactional
    void addMilestone(long id, MilestoneForm form, Viewer viewer) {
        checkStaff(viewer);
        current(id);
        var errors = FormErrors.builder();
        var title = form.milestoneTitle().strip();
        if (title.isEmpty()) {
            errors.reject("milestoneTitle", "recommendations.error.milestoneTitle");
        } else if (title.length() > 200) {
            errors.reject("milestoneTitle", "recommendations.error.tooLong");
        } else if (plainTextProblem(title) != null) {
            errors.reject("milestoneTitle", plainTextProblem(title));
        }
        LocalDate due = null;
        try {
            due = LocalDate.parse(form.due().strip());
            if (due.getYear() < 2000 || due.getYear() > 2100) {
                errors.reject("due", "recommendations.error.due");
            }
        } catch (DateTimeParseException e) {
            errors.reject("due", "recommendations.error.due");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        db.sql("insert into recommendations.milestone (recommendation_id, title, due_on) values (?, ?, ?)").params(id, title, due).update();
        history(id, viewer, "MILESTONE_ADDED", title + " (" + due + ")");
        changed(id, viewer);
    }

    @Transactional
    void completeMilestone(long id, long milestoneId, Viewer viewer) {
        checkStaff(viewer);
        current(id);
        var title = db.sql("""
                        update recommendations.milestone set done_on = current_date
                        where id = ? and recommendation_id = ? and done_on is null returning title""")
                .params(milestoneId, id)
                .query(String.class)
                .optional();
        if (title.isEmpty()) {
            throw new Refused(FormErrors.builder().rejectForm("recommendations.error.milestoneDone").build());
        }
        history(id, viewer, "MILESTONE_DONE", title.get());
        changed(id, viewer);
    }

    @Transactional
    void addLink(long id, LinkForm form, Viewer viewer) {
        checkStaff(viewer);
        current(id);
        var errors = FormErrors.builder();
        var kind = linkKind(form.kind());
        if (kind == null) {
            errors.reject("kind", "recommendations.error.linkKind");
        }
        var title = form.linkTitle().strip();
        if (title.isEmpty()) {
            errors.reject("linkTitle", "recommendations.error.linkTitle");
        } else if (title.length() > 200) {
            errors.reject("linkTitle", "recommendations.error.tooLong");
        } else if (plainTextProblem(title) != null) {
            errors.reject("linkTitle", plainTextProblem(title));
        }
        var url = form.url().strip();
        if (!link(url)) {
            errors.reject("url", "recommendations.error.url");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        db.sql("insert into recommendations.related_link (recommendation_id, kind, title, url) values (?, ?, ?, ?)")
                .params(id, kind.name(), title, url)
                .update();
        history(id, viewer, "LINK_ADDED", title);
        changed(id, viewer);
    }

    @Transactional
    void addReference(long id, ReferenceForm form, Viewer viewer) {
        checkStaff(viewer);
        current(id);
        List<CycleFile.Reference> references;
        try {
            references = CycleFile.references(form.see(), 0);
        } catch (CycleFile.Unreadable e) {
            throw new Refused(FormErrors.builder().reject("see", "recommendations.error.reference").build());
        }
        if (references.size() != 1) {
            throw new Refused(FormErrors.builder().reject("see", "recommendations.error.reference").build());
        }
        var reference = references.get(0);
        var target = db.sql("""
                        select r.id from recommendations.recommendation r
                        join recommendations.recommendation self on self.cycle_id = r.cycle_id
                        where self.id = ? and r.number = ?""")
                .params(id, reference.number())
                .query(Long.class)
                .optional();
        if (target.isEmpty()) {
            throw new Refused(FormErrors.builder().reject("see", "recommendations.error.missingReference").build());
        }
        if (target.get() == id) {
            throw new Refused(FormErrors.builder().reject("see", "recommendations.error.selfReference").build());
        }
        var added = db.sql("insert into recommendations.reference (from_id, to_id, to_letter) values (?, ?, ?) on conflict do nothing")
                .params(id, target.get(), reference.letter())
                .update();
        if (added == 0) {
            throw new Refused(FormErrors.builder().reject("see", "recommendations.error.referenceExists").build());
        }
        history(id, viewer, "REFERENCE_ADDED", reference.label());
        changed(id, viewer);
    }

    @Transactional
    void editText(long id, TextForm form, Viewer viewer) {
        checkStaff(viewer);
        current(id);
        var errors = FormErrors.builder();
        var language = Languages.of(form.language()).orElse(null);
        if (language == null) {
            errors.reject("language", "recommendations.error.language");
        }
        var title = form.title().strip();
        if (title.isEmpty()) {
            errors.reject("title", "recommendations.error.titleRequired");
        } else if (title.length() > MAX_TITLE) {
            errors.reject("title", "recommendations.error.tooLong");
        } else if (plainTextProblem(title) != null) {
            errors.reject("title", plainTextProblem(title));
        }
        var text = form.text().strip();
        if (text.length() > MAX_TEXT) {
            errors.reject("text", "recommendations.error.tooLong");
        } else if (SCRIPT_LINK.matcher(text).find()) {
            errors.reject("text", "recommendations.error.scriptLink");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        var code = language.getLanguage();
        db.sql("update recommendations.recommendation set title_" + code + " = ?, text_" + code + " = ?, updated_at = now() where id = ?")
                .params(title, text.isEmpty() ? null : text, id)
                .update();
        history(id, viewer, "TEXT_EDITED", code);
        changed(id, viewer);
    }

    @Transactional
    void follow(long id, long memberId) {
        current(id);
        db.sql("insert into recommendations.follower (recommendation_id, member_id) values (?, ?) on conflict do nothing").params(id, memberId).update();
    }

    @Transactional
    void unfollow(long id, long memberId) {
        db.sql("delete from recommendations.follower where recommendation_id = ? and member_id = ?").params(id, memberId).update();
    }

    @Transactional
    long comment(long id, CommentForm form, Viewer viewer) {
        current(id);
        var body = form.body().strip();
        var errors = FormErrors.builder();
        if (body.isEmpty()) {
            errors.reject("body", "recommendations.error.commentRequired");
        } else if (body.length() > MAX_COMMENT) {
            errors.reject("body", "recommendations.error.commentTooLong");
        } else if (SCRIPT_LINK.matcher(body).find()) {
            errors.reject("body", "recommendations.error.scriptLink");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        return db.sql("insert into recommendations.comment (recommendation_id, author_id, body, body_html) values (?, ?, ?, ?) returning id")
                .params(id, viewer.id(), body, markdown.toSafeHtml(body))
                .query(Long.class)
                .single();
    }

    @Transactional
    void hideComment(long id, long commentId, Viewer viewer) {
        if (!mayModerate(viewer)) {
            throw new AccessDeniedException("Only staff hide comments");
        }
        var hidden = db.sql("""
                        update recommendations.comment set hidden_at = now(), hidden_by = ?
                        where id = ? and recommendation_id = ? and hidden_at is null""")
                .params(viewer.id(), commentId, id)
                .update();
        if (hidden == 0) {
            throw new NotFound(id);
        }
    }

    /** Stores a whole cycle read from a file, or nothing if a cycle of that name exists. */
    @Transactional
    long importCycle(String name, String topic, Locale language, CycleFile file, long adminId, boolean demo) {
        var cycle = db.sql("insert into recommendations.cycle (name, topic, demo) values (?, ?, ?) on conflict (name) do nothing returning id")
                .params(name, topic, demo)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new Refused(FormErrors.builder().reject("name", "recommendations.import.error.cycleExists").build()));
        var code = language.getLanguage();
        var themes = new java.util.HashMap<String, Long>();
        var ids = new java.util.HashMap<Integer, Long>();
        for (var item : file.items()) {
            Long theme = null;
            if (item.theme() != null) {
                theme = themes.computeIfAbsent(item.theme(), words -> themeId(words, code));
            }
            var id = db.sql("insert into recommendations.recommendation (cycle_id, number, theme_id, working_groups, title_" + code + ", text_" + code
                            + ") values (?, ?, ?, ?, ?, ?) returning id")
                    .params(cycle, item.number(), theme, item.groups().toArray(String[]::new), item.title(), item.text().isEmpty() ? null : item.text())
                    .query(Long.class)
                    .single();
            ids.put(item.number(), id);
            for (var point : item.subPoints().entrySet()) {
                db.sql("insert into recommendations.sub_point (recommendation_id, letter, text_" + code + ") values (?, ?, ?)")
                        .params(id, point.getKey(), point.getValue())
                        .update();
            }
            db.sql("insert into recommendations.change (recommendation_id, actor_id, actor_role, kind, new_status, new_progress) values (?, ?, 'ADMIN', 'IMPORTED', 'RECEIVED', 0)")
                    .params(id, adminId)
                    .update();
        }
        for (var item : file.items()) {
            for (var reference : item.see()) {
                db.sql("insert into recommendations.reference (from_id, to_id, to_letter) values (?, ?, ?) on conflict do nothing")
                        .params(ids.get(item.number()), ids.get(reference.number()), reference.letter())
                        .update();
            }
        }
        return cycle;
    }

    private long themeId(String words, String language) {
        return db.sql("select id from recommendations.theme where name_" + language + " = ? order by id limit 1")
                .param(words)
                .query(Long.class)
                .optional()
                .orElseGet(() -> db.sql("insert into recommendations.theme (name_" + language + ") values (?) returning id")
                        .param(words)
                        .query(Long.class)
                        .single());
    }

    private void history(long id, Viewer viewer, String kind, String detail) {
        db.sql("""
                        insert into recommendations.change (recommendation_id, actor_id, actor_role, service_id, kind, detail)
                        select id, ?, ?, service_id, ?, ? from recommendations.recommendation where id = ?""")
                .params(viewer.id(), role(viewer), kind, detail, id)
                .update();
        db.sql("update recommendations.recommendation set updated_at = now() where id = ?").param(id).update();
    }

    private void changed(long id, Viewer viewer) {
        var title = db.sql("select coalesce(title_fr, title_nl, title_en, '') from recommendations.recommendation where id = ?")
                .param(id).query(String.class).single();
        var followers = db.sql("select member_id from recommendations.follower where recommendation_id = ? order by member_id")
                .param(id).query(Long.class).list();
        events.publishEvent(new RecommendationChanged(id, title, followers, viewer.id()));
    }

    static @Nullable Status status(String value) {
        try {
            return Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable LinkKind linkKind(String value) {
        try {
            return LinkKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer progress(String value) {
        try {
            var progress = Integer.parseInt(value.strip().replace("%", "").strip());
            return progress >= 0 && progress <= 100 ? progress : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private @Nullable Long serviceId(String value) {
        try {
            var id = Long.parseLong(value.strip());
            return contacts.services().stream().anyMatch(service -> service.id() == id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String plainTextProblem(String text) {
        return HTML.matcher(text).find() ? "recommendations.error.noHtml" : null;
    }

    /** A page of Agora, such as {@code /forum/t/12}, or a web address with a host: no script or data links. */
    static boolean link(String value) {
        if (value.isEmpty() || value.length() > 500) {
            return false;
        }
        if (value.startsWith("/") && !value.startsWith("//")) {
            return !value.contains("\\") && value.chars().noneMatch(Character::isWhitespace);
        }
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

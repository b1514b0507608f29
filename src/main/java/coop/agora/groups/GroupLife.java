package coop.agora.groups;

import coop.agora.accounts.Members;
import coop.agora.forum.ForumCategories;
import coop.agora.offices.Offices;
import coop.agora.platform.Languages;
import coop.agora.platform.Mailer;
import coop.agora.platform.Markdown;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposing, reviewing, joining and leaving groups, and what organizers do with their members. */
@Service
class GroupLife {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_REASON = 2_000;
    private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z!/]");

    private final JdbcClient db;
    private final GroupRecords records;
    private final Offices offices;
    private final Markdown markdown;
    private final ForumCategories forum;
    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;

    GroupLife(JdbcClient db, GroupRecords records, Offices offices, Markdown markdown, ForumCategories forum, Members members, Mailer mailer,
            Texts texts, PlatformSettings settings) {
        this.db = db;
        this.records = records;
        this.offices = offices;
        this.markdown = markdown;
        this.forum = forum;
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
    }

    /** A change refused, with what to tell the person and the HTTP status to answer with; nothing was changed. */
    static final class Refused extends RuntimeException {

        private final FormErrors errors;
        private final HttpStatus status;

        Refused(FormErrors errors, HttpStatus status) {
            super(null, null, false, false);
            this.errors = errors;
            this.status = status;
        }

        static Refused because(String field, String key) {
            return new Refused(FormErrors.builder().reject(field, key).build(), HttpStatus.UNPROCESSABLE_CONTENT);
        }

        static Refused about(String key) {
            return new Refused(FormErrors.builder().rejectForm(key).build(), HttpStatus.UNPROCESSABLE_CONTENT);
        }

        static Refused forbidden(String key) {
            return new Refused(FormErrors.builder().rejectForm(key).build(), HttpStatus.FORBIDDEN);
        }

        FormErrors errors() {
            return errors;
        }

        HttpStatus status() {
            return status;
        }
    }

    FormErrors problems(GroupForm form) {
        return problems(form, null);
    }

    /** What is wrong with the form; {@code groupId} is the group being edited, whose own name is not taken. */
    FormErrors problems(GroupForm form, @Nullable Long groupId) {
        var errors = FormErrors.builder();
        if (form.name().length() < 3) {
            errors.reject("name", "groups.error.nameRequired");
        } else if (form.name().length() > MAX_NAME) {
            errors.reject("name", "groups.error.nameTooLong");
        } else if (HTML.matcher(form.name()).find()) {
            errors.reject("name", "groups.error.noHtml");
        } else if (nameTaken(form.name(), groupId)) {
            errors.reject("name", "groups.error.nameTaken");
        }
        var kind = kind(form.kind());
        if (kind == null) {
            errors.reject("kind", "groups.error.kindRequired");
        } else if (kind == GroupKind.LOCAL && officeId(form.office()) == null && form.town().isEmpty()) {
            errors.reject("office", "groups.error.placeRequired");
        }
        if (!form.office().isEmpty() && officeId(form.office()) == null) {
            errors.reject("office", "groups.error.unknownOffice");
        }
        if (form.town().length() > 100) {
            errors.reject("town", "groups.error.townTooLong");
        } else if (HTML.matcher(form.town()).find()) {
            errors.reject("town", "groups.error.noHtml");
        }
        if (form.description().isEmpty()) {
            errors.reject("description", "groups.error.descriptionRequired");
        } else if (form.description().length() > MAX_DESCRIPTION) {
            errors.reject("description", "groups.error.descriptionTooLong");
        }
        if (form.languages().isEmpty() || form.languages().size() > 3
                || !form.languages().stream().allMatch(code -> Languages.of(code).map(Locale::getLanguage).filter(code::equals).isPresent())) {
            errors.reject("languages", "groups.error.languagesRequired");
        }
        if (joining(form.joining()) == null) {
            errors.reject("joining", "groups.error.joiningRequired");
        }
        return errors.build();
    }

    /** Stores a proposal, with its proposer as first organizer; it waits for an advisor or an admin. */
    @Transactional
    long propose(Viewer proposer, GroupForm form) {
        var errors = problems(form);
        if (errors.any()) {
            throw new Refused(errors, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var kind = kind(form.kind());
        var id = db.sql("""
                        insert into groups.member_group (name, kind, office_id, town, description, description_html, languages, joining,
                                                         proposed_by, member_count)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) returning id""")
                .params(form.name(), kind.name(), officeId(form.office()), form.town().isEmpty() ? null : form.town(), form.description(),
                        markdown.toSafeHtml(form.description()), form.languages().stream().distinct().toArray(String[]::new),
                        joining(form.joining()).name(), proposer.id())
                .query(Long.class)
                .single();
        db.sql("insert into groups.membership (group_id, member_id, role, status, joined_at) values (?, ?, 'ORGANIZER', 'ACTIVE', now())")
                .params(id, proposer.id())
                .update();
        return id;
    }

    /** Approves a proposal: the group opens with its forum category, and its proposer hears of it. */
    @Transactional
    void approve(Viewer reviewer, long groupId) {
        var group = proposal(groupId);
        var link = forum.createForGroup(groupId, group.name(), forumDescriptions(group.name()));
        db.sql("""
                        update groups.member_group set status = 'APPROVED', reviewed_by = ?, reviewed_at = now(), forum_category_id = ?, forum_path = ?
                        where id = ?""")
                .params(reviewer.id(), link.id(), link.path(), groupId)
                .update();
        tellProposer(group, "groups.mail.approved", "");
    }

    /** Organizers and admins may change an approved group. */
    boolean mayEdit(Viewer viewer, long groupId) {
        var membership = records.membership(groupId, viewer.id());
        return viewer.hasRole("ADMIN") || (membership.member() && membership.organizer());
    }

    /**
     * Changes an approved group's name, description, kind, place, languages and way of joining; a
     * new name renames its forum category too. Nothing changes when anything is refused.
     */
    @Transactional
    void edit(Viewer editor, long groupId, GroupForm form) {
        var group = approvedGroup(groupId);
        if (!mayEdit(editor, groupId)) {
            throw Refused.forbidden("groups.error.organizersOnly");
        }
        var errors = problems(form, groupId);
        if (errors.any()) {
            throw new Refused(errors, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        db.sql("""
                        update groups.member_group set name = ?, kind = ?, office_id = ?, town = ?, description = ?, description_html = ?,
                                                       languages = ?, joining = ?
                        where id = ?""")
                .params(form.name(), kind(form.kind()).name(), officeId(form.office()), form.town().isEmpty() ? null : form.town(),
                        form.description(), markdown.toSafeHtml(form.description()), form.languages().stream().distinct().toArray(String[]::new),
                        joining(form.joining()).name(), groupId)
                .update();
        if (!group.name().equals(form.name())) {
            forum.renameForGroup(groupId, form.name(), forumDescriptions(form.name()));
        }
    }

    private String[] forumDescriptions(String name) {
        return new String[] {
            texts.get("groups.forum.description", Languages.FRENCH, name),
            texts.get("groups.forum.description", Languages.DUTCH, name),
            texts.get("groups.forum.description", Languages.ENGLISH, name)};
    }

    /** Refuses a proposal with a reason, which its proposer receives. */
    @Transactional
    void refuse(Viewer reviewer, long groupId, String reason) {
        var text = reason.strip();
        if (text.isEmpty()) {
            throw Refused.because("reason", "groups.error.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw Refused.because("reason", "groups.error.reasonTooLong");
        }
        var group = proposal(groupId);
        db.sql("update groups.member_group set status = 'REFUSED', reviewed_by = ?, reviewed_at = now(), refusal_reason = ? where id = ?")
                .params(reviewer.id(), text, groupId)
                .update();
        tellProposer(group, "groups.mail.refused", text);
    }

    private Group proposal(long groupId) {
        var status = records.lockStatus(groupId).orElseThrow(() -> Refused.about("groups.error.unknownGroup"));
        if (!status.equals("PROPOSED")) {
            throw Refused.about("groups.error.alreadyReviewed");
        }
        return records.find(groupId, Languages.DEFAULT).orElseThrow();
    }

    private void tellProposer(Group group, String key, String reason) {
        if (group.proposedBy() == null) {
            return;
        }
        var contact = members.contacts(List.of(group.proposedBy())).get(group.proposedBy());
        if (contact == null) {
            return;
        }
        var language = contact.language();
        mailer.send(contact.email(), texts.get(key + ".subject", language, group.name()),
                texts.get(key + ".body", language, group.name(), reason, settings.link("/groups/" + group.id())));
    }

    /** What joining did. */
    enum Joined {
        MEMBER,
        REQUESTED,
        ALREADY
    }

    /** Joins an open group, asks to join one on request, or accepts an invitation. */
    @Transactional
    Joined join(long memberId, long groupId) {
        var group = approvedGroup(groupId);
        var membership = records.lockedMembership(groupId, memberId);
        if (membership.member() || membership.requested()) {
            return membership.member() ? Joined.ALREADY : Joined.REQUESTED;
        }
        if (membership.invited()) {
            activate(groupId, memberId);
            return Joined.MEMBER;
        }
        return switch (group.joining()) {
            case OPEN -> {
                db.sql("insert into groups.membership (group_id, member_id, status, joined_at) values (?, ?, 'ACTIVE', now())")
                        .params(groupId, memberId)
                        .update();
                count(groupId);
                yield Joined.MEMBER;
            }
            case REQUEST -> {
                db.sql("insert into groups.membership (group_id, member_id, status) values (?, ?, 'REQUESTED')").params(groupId, memberId).update();
                yield Joined.REQUESTED;
            }
            case INVITATION -> throw Refused.forbidden("groups.error.invitationOnly");
        };
    }

    /** Leaves a group, or withdraws a request or declines an invitation; a group never loses its last organizer while it has members. */
    @Transactional
    void leave(long memberId, long groupId) {
        approvedGroup(groupId);
        var membership = records.lockedMembership(groupId, memberId);
        if (membership.organizer() && membership.member() && records.organizers(groupId).size() == 1 && records.activeMembers(groupId).size() > 1) {
            throw Refused.about("groups.error.lastOrganizer");
        }
        db.sql("delete from groups.membership where group_id = ? and member_id = ?").params(groupId, memberId).update();
        count(groupId);
    }

    @Transactional
    void answerRequest(Viewer organizer, long groupId, long memberId, boolean accept) {
        organizing(organizer, groupId);
        var membership = records.lockedMembership(groupId, memberId);
        if (!membership.requested()) {
            throw Refused.about("groups.error.noRequest");
        }
        if (accept) {
            activate(groupId, memberId);
        } else {
            db.sql("delete from groups.membership where group_id = ? and member_id = ?").params(groupId, memberId).update();
        }
    }

    /** Invites a member by their address; one who asked to join is let in at once. */
    @Transactional
    void invite(Viewer organizer, long groupId, String email) {
        organizing(organizer, groupId);
        var memberId = email.isBlank() ? null : members.idOf(email).orElse(null);
        if (memberId == null || members.contacts(List.of(memberId)).isEmpty()) {
            throw Refused.because("email", "groups.error.unknownMember");
        }
        var membership = records.lockedMembership(groupId, memberId);
        if (membership.member() || membership.invited()) {
            throw Refused.because("email", membership.member() ? "groups.error.alreadyMember" : "groups.error.alreadyInvited");
        }
        if (membership.requested()) {
            activate(groupId, memberId);
            return;
        }
        db.sql("insert into groups.membership (group_id, member_id, status, invited_by) values (?, ?, 'INVITED', ?)")
                .params(groupId, memberId, organizer.id())
                .update();
    }

    /** Removes a member, or withdraws an invitation; organizers leave by themselves. */
    @Transactional
    void remove(Viewer organizer, long groupId, long memberId) {
        organizing(organizer, groupId);
        if (memberId == organizer.id()) {
            throw Refused.about("groups.error.removeSelf");
        }
        if (records.lockedMembership(groupId, memberId) == Membership.NONE) {
            throw Refused.about("groups.error.notAMember");
        }
        db.sql("delete from groups.membership where group_id = ? and member_id = ?").params(groupId, memberId).update();
        count(groupId);
    }

    @Transactional
    void makeOrganizer(Viewer organizer, long groupId, long memberId) {
        organizing(organizer, groupId);
        if (!records.lockedMembership(groupId, memberId).member()) {
            throw Refused.about("groups.error.notAMember");
        }
        db.sql("update groups.membership set role = 'ORGANIZER' where group_id = ? and member_id = ?").params(groupId, memberId).update();
    }

    private Group approvedGroup(long groupId) {
        var status = records.lockStatus(groupId).orElseThrow(() -> Refused.about("groups.error.unknownGroup"));
        if (!status.equals("APPROVED")) {
            throw Refused.about("groups.error.notOpen");
        }
        return records.find(groupId, Languages.DEFAULT).orElseThrow();
    }

    private void organizing(Viewer organizer, long groupId) {
        approvedGroup(groupId);
        if (!records.membership(groupId, organizer.id()).organizer()) {
            throw Refused.forbidden("groups.error.organizersOnly");
        }
    }

    private void activate(long groupId, long memberId) {
        db.sql("update groups.membership set status = 'ACTIVE', joined_at = now() where group_id = ? and member_id = ?")
                .params(groupId, memberId)
                .update();
        count(groupId);
    }

    private void count(long groupId) {
        db.sql("update groups.member_group set member_count = (select count(*) from groups.membership where group_id = ? and status = 'ACTIVE') where id = ?")
                .params(groupId, groupId)
                .update();
    }

    private boolean nameTaken(String name, @Nullable Long except) {
        return db.sql("select exists (select 1 from groups.member_group where lower(name) = lower(?) and status <> 'REFUSED' and id <> ?)")
                .params(name, except == null ? 0L : except)
                .query(Boolean.class)
                .single();
    }

    static @Nullable GroupKind kind(String value) {
        try {
            return GroupKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable Joining joining(String value) {
        try {
            return Joining.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable Long officeId(String value) {
        try {
            var id = Long.parseLong(value);
            return offices.exists(id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

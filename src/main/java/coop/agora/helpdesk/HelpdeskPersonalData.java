package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.accounts.PersonalData;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's part of the help desk. A member's requests are about them alone: erasure deletes their
 * conversations and files, and keeps only the anonymous figures the reports count. What an advisor
 * wrote in others' requests stays, shown as by a former member. Requests someone sent by mail
 * before they had an account, from the address of their account, are theirs too, as is what the
 * help desk noted of the mail it read from that address.
 */
@Component
class HelpdeskPersonalData implements PersonalData {

    private final JdbcClient db;
    private final Attachments attachments;
    private final Members members;

    HelpdeskPersonalData(JdbcClient db, Attachments attachments, Members members) {
        this.db = db;
        this.attachments = attachments;
        this.members = members;
    }

    @Override
    public String section() {
        return "helpdesk";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("requests", db.sql("""
                        select r.id, r.subject, r.status, t.name_en as topic, r.office_id, r.channel, r.received_at, r.due_on, r.closed_at
                        from helpdesk.request r join helpdesk.topic t on t.id = r.topic_id where r.member_id = ? order by r.id""")
                .param(memberId).query().listOfRows());
        data.put("messages", db.sql("""
                        select m.request_id, m.kind, m.body, m.created_at, (m.author_id = ?) as written_by_you
                        from helpdesk.message m join helpdesk.request r on r.id = m.request_id
                        where r.member_id = ? and m.kind <> 'NOTE' order by m.id""")
                .params(memberId, memberId).query().listOfRows());
        data.put("attachments", db.sql("""
                        select m.request_id, a.name, a.content_type, a.size from helpdesk.attachment a
                        join helpdesk.message m on m.id = a.message_id join helpdesk.request r on r.id = m.request_id
                        where r.member_id = ? and m.kind <> 'NOTE' order by a.id""")
                .param(memberId).query().listOfRows());
        data.put("answersThatHelped", db.sql("select source, path, created_at from helpdesk.suggestion_use where member_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("ratings", db.sql("""
                        select g.request_id, g.score, g.comment, g.created_at from helpdesk.rating g
                        join helpdesk.request r on r.id = g.request_id where r.member_id = ? order by g.request_id""")
                .param(memberId).query().listOfRows());
        data.put("surveys", db.sql("select month, sent_at, answered_at, score, comment from helpdesk.survey where member_id = ? order by month")
                .param(memberId).query().listOfRows());
        data.put("absences", db.sql("select starts_on, ends_on from helpdesk.absence where advisor_id = ? order by starts_on")
                .param(memberId).query().listOfRows());
        data.put("messagesWrittenAsAdvisor", db.sql("""
                        select m.request_id, m.kind, m.created_at from helpdesk.message m join helpdesk.request r on r.id = m.request_id
                        where m.author_id = ? and (r.member_id is null or r.member_id <> ?) order by m.id""")
                .params(memberId, memberId).query().listOfRows());
        data.put("coordinates", db.sql("select pole, office_id from helpdesk.coordinator where advisor_id = ?")
                .param(memberId).query().listOfRows());
        var address = members.mailAddress(memberId).orElse("");
        data.put("requestsByMailBeforeYourAccount", db.sql("""
                        select r.id, r.subject, r.status, r.mail_address, r.received_at, r.closed_at from helpdesk.request r
                        where r.member_id is null and r.mail_address = ? order by r.id""")
                .param(address).query().listOfRows());
        data.put("messagesByMailBeforeYourAccount", db.sql("""
                        select m.request_id, m.kind, m.body, m.created_at from helpdesk.message m join helpdesk.request r on r.id = m.request_id
                        where r.member_id is null and r.mail_address = ? and m.kind <> 'NOTE' order by m.id""")
                .param(address).query().listOfRows());
        data.put("mailRead", db.sql("""
                        select i.sender, i.subject, i.outcome, i.request_id, i.read_at from helpdesk.inbound_mail i
                        where i.sender = ? or i.request_id in (select id from helpdesk.request where member_id = ?) order by i.id""")
                .params(address, memberId).query().listOfRows());
        return data;
    }

    @Override
    public void erase(long memberId) {
        var address = members.mailAddress(memberId).orElse("");
        attachments.deleteOfAddress(address);
        db.sql("delete from helpdesk.message m using helpdesk.request r where r.id = m.request_id and r.member_id is null and r.mail_address = ?")
                .param(address).update();
        db.sql("""
                        delete from helpdesk.inbound_mail where sender = ?
                            or request_id in (select id from helpdesk.request where member_id = ? or (member_id is null and mail_address = ?))""")
                .params(address, memberId, address).update();
        db.sql("""
                        delete from helpdesk.mail_thread where request_id in
                            (select id from helpdesk.request where member_id = ? or (member_id is null and mail_address = ?))""")
                .params(memberId, address).update();
        db.sql("update helpdesk.request set subject = '', mail_address = null, mailbox = null where member_id is null and mail_address = ?")
                .param(address).update();
        db.sql("update helpdesk.request set mail_address = null, mailbox = null where member_id = ?").param(memberId).update();
        attachments.deleteOfMember(memberId);
        db.sql("delete from helpdesk.message m using helpdesk.request r where r.id = m.request_id and r.member_id = ?").param(memberId).update();
        db.sql("update helpdesk.rating g set comment = '' from helpdesk.request r where r.id = g.request_id and r.member_id = ?").param(memberId).update();
        db.sql("update helpdesk.request set member_id = null, subject = '' where member_id = ?").param(memberId).update();
        db.sql("update helpdesk.survey set member_id = null, comment = '' where member_id = ?").param(memberId).update();
        db.sql("delete from helpdesk.absence where advisor_id = ?").param(memberId).update();
        db.sql("delete from helpdesk.presence where advisor_id = ?").param(memberId).update();
        db.sql("delete from helpdesk.suggestion_use where member_id = ?").param(memberId).update();
        db.sql("update helpdesk.message set author_id = null where author_id = ?").param(memberId).update();
        db.sql("update helpdesk.request set assignee_id = null where assignee_id = ?").param(memberId).update();
        db.sql("delete from helpdesk.coordinator where advisor_id = ?").param(memberId).update();
    }
}

package coop.agora.platform.mail;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** Lets admins read the mail Agora sent or kept, the newest first. */
@Controller
class OutboxController {

    private final JdbcClient db;

    OutboxController(JdbcClient db) {
        this.db = db;
    }

    @GetMapping("/admin/outbox")
    String list(Model model) {
        List<OutboxLine> mails = db.sql("""
                        select id, recipient, subject, status, created_at from platform.outgoing_mail
                        order by created_at desc, id desc limit 200""")
                .query(OutboxLine.class)
                .list();
        model.addAttribute("mails", mails);
        return "platform/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable long id, Model model) {
        var mail = db.sql("""
                        select id, recipient, subject, body, status, attempts, last_error, created_at, sent_at
                        from platform.outgoing_mail where id = ?""")
                .param(id)
                .query(OutboxMail.class)
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mail", mail);
        return "platform/outbox-mail";
    }
}

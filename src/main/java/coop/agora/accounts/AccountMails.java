package coop.agora.accounts;

import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The mails about a person's account, written in the person's language. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings platform;

    AccountMails(Mailer mailer, Texts texts, PlatformSettings platform) {
        this.mailer = mailer;
        this.texts = texts;
        this.platform = platform;
    }

    void confirmAddress(String to, String name, Locale language, String token) {
        send(to, language, "confirm", name, link("/verify", token));
    }

    void alreadyRegistered(String to, String name, Locale language) {
        send(to, language, "alreadyRegistered", name, platform.link("/password/forgot"));
    }

    void resetPassword(String to, String name, Locale language, String token) {
        send(to, language, "reset", name, link("/password/reset", token));
    }

    void confirmNewAddress(String to, String name, Locale language, String token) {
        send(to, language, "changeEmail", name, link("/email/confirm", token));
    }

    void addressTaken(String to, Locale language) {
        send(to, language, "addressTaken", "", platform.link("/password/forgot"));
    }

    void passwordChanged(String to, String name, Locale language) {
        send(to, language, "passwordChanged", name, platform.link("/password/forgot"));
    }

    private void send(String to, Locale language, String kind, String name, String link) {
        var subject = texts.get("mail." + kind + ".subject", language);
        var body = texts.get("mail." + kind + ".body", language, name, link) + "\n\n" + texts.get("mail.signature", language);
        mailer.send(to, subject, body);
    }

    private String link(String path, String token) {
        return platform.link(path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}

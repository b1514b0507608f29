package coop.agora.notifications;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stops a kind of mail from a link in that mail, without signing in. Opening the link shows a
 * button, as mail scanners open links; mail programs post to it directly (RFC 8058 one-click).
 * A link whose signature does not match is refused and changes nothing.
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final Preferences preferences;

    UnsubscribeController(UnsubscribeLinks links, Preferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    /** What a link stops: one kind, or a whole digest. */
    private record Scope(@Nullable NotificationKind kind, @Nullable Delivery digest) {

        String labelKey() {
            return kind != null ? kind.labelKey() : Objects.requireNonNull(digest).labelKey();
        }
    }

    @GetMapping(UnsubscribeLinks.PATH)
    String confirm(@RequestParam(defaultValue = "") String member, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String signature, Model model, HttpServletResponse response) {
        var scope = scope(kind);
        if (scope.isEmpty() || links.verify(member, kind, signature).isEmpty()) {
            return refused(response);
        }
        model.addAttribute("member", member);
        model.addAttribute("kind", kind);
        model.addAttribute("signature", signature);
        model.addAttribute("what", scope.get().labelKey());
        return "notifications/unsubscribe";
    }

    @PostMapping(UnsubscribeLinks.PATH)
    String unsubscribe(@RequestParam(defaultValue = "") String member, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String signature, Model model, HttpServletResponse response) {
        var scope = scope(kind);
        var memberId = scope.isEmpty() ? Optional.<Long>empty() : links.verify(member, kind, signature);
        if (memberId.isEmpty()) {
            return refused(response);
        }
        var kindStopped = scope.get().kind();
        if (kindStopped != null) {
            preferences.choose(memberId.get(), kindStopped, Delivery.IN_APP);
        } else {
            preferences.of(memberId.get()).forEach((each, delivery) -> {
                if (delivery == scope.get().digest()) {
                    preferences.choose(memberId.get(), each, Delivery.IN_APP);
                }
            });
        }
        model.addAttribute("what", scope.get().labelKey());
        return "notifications/unsubscribed";
    }

    private static String refused(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "notifications/unsubscribe-refused";
    }

    private static Optional<Scope> scope(String name) {
        for (var kind : NotificationKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(new Scope(kind, null));
            }
        }
        for (var delivery : Delivery.values()) {
            if (delivery.digest() && delivery.name().equals(name)) {
                return Optional.of(new Scope(null, delivery));
            }
        }
        return Optional.empty();
    }
}

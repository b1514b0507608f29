package coop.agora.notifications;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification centre of the signed-in member, their preferences and the live stream of their page header. */
@Controller
class NotificationsController {

    static final int PAGE_SIZE = 30;
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Inbox inbox;
    private final NotificationTexts texts;
    private final Preferences preferences;
    private final LiveUpdates live;
    private final Members members;
    private final Mailer mailer;

    NotificationsController(Inbox inbox, NotificationTexts texts, Preferences preferences, LiveUpdates live, Members members, Mailer mailer) {
        this.inbox = inbox;
        this.texts = texts;
        this.preferences = preferences;
        this.live = live;
        this.members = members;
        this.mailer = mailer;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) @Nullable Long before, Model model) {
        var rows = inbox.page(viewer.id(), before, PAGE_SIZE);
        var shown = rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
        var older = rows.size() > PAGE_SIZE ? shown.get(shown.size() - 1).id() : null;
        model.addAttribute("page", new NotificationsPage(texts.views(shown, viewer.language()), inbox.unread(viewer.id()), older));
        return "notifications/list";
    }

    /** Opens a notification: marks it read and goes to what it is about. */
    @GetMapping("/notifications/{id}")
    String open(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        var link = inbox.open(viewer.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + link;
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@AuthenticationPrincipal Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        inbox.open(viewer.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Notices.show(redirect, "notifications.markedRead");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(@AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        inbox.markAllRead(viewer.id());
        Notices.show(redirect, "notifications.allMarkedRead");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/preferences")
    String preferences(@AuthenticationPrincipal Viewer viewer, Model model) {
        return preferencesPage(viewer, lines(preferences.of(viewer.id())), FormErrors.none(), model);
    }

    @PostMapping("/notifications/preferences")
    String choose(@AuthenticationPrincipal Viewer viewer, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var current = preferences.of(viewer.id());
        var chosen = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        var errors = FormErrors.builder();
        for (var kind : NotificationKind.values()) {
            var value = form.get(kind.name());
            var delivery = value == null ? null : parse(value);
            if (delivery == null) {
                errors.reject(kind.name(), "notifications.error.choose");
                chosen.put(kind, current.get(kind));
            } else {
                chosen.put(kind, delivery);
            }
        }
        if (errors.any()) {
            response.setStatus(422);
            return preferencesPage(viewer, lines(chosen), errors.build(), model);
        }
        chosen.forEach((kind, delivery) -> {
            if (current.get(kind) != delivery) {
                preferences.choose(viewer.id(), kind, delivery);
            }
        });
        Notices.show(redirect, "notifications.preferences.saved");
        return "redirect:/notifications/preferences";
    }

    /** Server-sent events: the unread count and the newest notification, whenever they change on any node. */
    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Viewer viewer) {
        var emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        var end = live.subscribe(viewer.id(), viewer.language(), new LiveUpdates.Sink() {
            @Override
            public void send(LiveMessage message) throws IOException {
                emitter.send(SseEmitter.event().name("notifications").data(message, MediaType.APPLICATION_JSON));
            }

            @Override
            public void ping() throws IOException {
                emitter.send(SseEmitter.event().comment("still here"));
            }

            @Override
            public void close() {
                emitter.complete();
            }
        });
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(error -> end.run());
        return emitter;
    }

    private String preferencesPage(Viewer viewer, List<PreferenceLine> lines, FormErrors errors, Model model) {
        var address = members.mailAddress(viewer.id());
        model.addAttribute("lines", lines);
        model.addAttribute("choices", List.of(Delivery.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("noMail", address.isEmpty());
        model.addAttribute("bouncing", address.isPresent() && !mailer.givenUp(List.of(address.get())).isEmpty());
        return "notifications/preferences";
    }

    private static List<PreferenceLine> lines(Map<NotificationKind, Delivery> chosen) {
        return chosen.entrySet().stream().map(entry -> new PreferenceLine(entry.getKey(), entry.getValue())).toList();
    }

    private static @Nullable Delivery parse(String value) {
        for (var delivery : Delivery.values()) {
            if (delivery.name().equals(value)) {
                return delivery;
            }
        }
        return null;
    }
}

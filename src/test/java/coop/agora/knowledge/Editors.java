package coop.agora.knowledge;

import coop.agora.Visitor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Signed-in demo people, kept across tests: sign-ins per account are limited. */
final class Editors {

    private static final Map<String, Visitor> SESSIONS = new ConcurrentHashMap<>();

    private Editors() {}

    static Visitor signedIn(MockMvcTester mvc, String email) {
        return SESSIONS.computeIfAbsent(email, address -> {
            var visitor = new Visitor(mvc);
            visitor.signIn(address, "agora-demo-2026");
            return visitor;
        });
    }
}

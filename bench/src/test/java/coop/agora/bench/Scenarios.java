package coop.agora.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every scenario the harness knows; a new one is added to this list. */
final class Scenarios {

    private static final Map<String, Scenario> ALL = new LinkedHashMap<>();

    static {
        for (var scenario : List.of(
                new StaticFile(),
                new HomeAnonymous(),
                new HomeMember(),
                new SignIn(),
                new DirectorySearch(),
                new DirectoryAutocomplete(),
                new DirectoryRadius(),
                new DirectoryMap(),
                new ForumCategory(),
                new ForumTopic(),
                new ForumTopicVisitor(),
                new ForumTopicJson(),
                new ForumReply(),
                new ForumSearchScenario(),
                new HelpdeskQueue(),
                new HelpdeskRequest(),
                new HelpdeskMyRequests(),
                new HelpdeskReply(),
                new HelpdeskYearlyReport(),
                new HelpdeskSearch(),
                new KnowledgeArticle(),
                new KnowledgeSearchScenario(),
                new KnowledgeSuggest(),
                new HomeMemberBurst(),
                new EventsMonth(),
                new EventsWeek(),
                new EventsFeed(),
                new RecommendationsDashboard(),
                new RecommendationPage(),
                new RecommendationsList(),
                new OpportunitiesSearch(),
                new OpportunitiesForYou(),
                new OpportunitiesPublish(),
                new GroupPage(),
                new MentorSuggestions())) {
            ALL.put(scenario.name(), scenario);
        }
    }

    private Scenarios() {}

    static Scenario named(String name) {
        var scenario = ALL.get(name);
        if (scenario == null) {
            throw new IllegalArgumentException("Unknown scenario " + name + "; known: " + String.join(", ", ALL.keySet()));
        }
        return scenario;
    }
}

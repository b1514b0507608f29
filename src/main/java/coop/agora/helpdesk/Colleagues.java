package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.accounts.Members.Advisor;
import coop.agora.accounts.Pole;
import coop.agora.platform.Viewer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The advisors of each pole, as the accounts module knows them, and who may act on which request. */
@Service
class Colleagues {

    private final Members members;

    Colleagues(Members members) {
        this.members = members;
    }

    List<Advisor> of(Pole pole) {
        return members.advisors(pole);
    }

    boolean worksFor(long advisorId, Pole pole) {
        return of(pole).stream().anyMatch(advisor -> advisor.id() == advisorId);
    }

    /** Admins act on any request; an advisor on the requests of their poles. */
    boolean mayHandle(Viewer viewer, Pole pole) {
        return viewer.hasRole("ADMIN") || (viewer.hasRole("ADVISOR") && worksFor(viewer.id(), pole));
    }

    /** The same, with the pole's advisors already read. */
    boolean mayHandle(Viewer viewer, List<Advisor> advisorsOfPole) {
        return viewer.hasRole("ADMIN") || (viewer.hasRole("ADVISOR") && advisorsOfPole.stream().anyMatch(advisor -> advisor.id() == viewer.id()));
    }

    /** The advisor's own poles and offices, to open their queue on what concerns them. */
    Optional<Advisor> find(long advisorId) {
        for (var pole : Pole.values()) {
            var found = of(pole).stream().filter(advisor -> advisor.id() == advisorId).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    Set<Pole> polesOf(long advisorId) {
        return find(advisorId).map(advisor -> advisor.poles().isEmpty() ? EnumSet.noneOf(Pole.class) : EnumSet.copyOf(advisor.poles()))
                .orElse(EnumSet.noneOf(Pole.class));
    }
}

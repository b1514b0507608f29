package coop.agora.groups;

import coop.agora.accounts.Members;
import coop.agora.directory.DirectoryFacts;
import coop.agora.platform.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Who a reader sees in a group's list. Members whose directory profile is hidden show only to the
 * group's organizers, who manage its members, and to themselves; everyone else sees how many they
 * are. Requests and invitations show to organizers only.
 */
@Component
class GroupPage {

    static final int MAX_LISTED = 200;

    private final GroupRecords records;
    private final Members members;
    private final DirectoryFacts directory;

    GroupPage(GroupRecords records, Members members, DirectoryFacts directory) {
        this.records = records;
        this.members = members;
        this.directory = directory;
    }

    /** The people shown, and how many members are left out for this reader. */
    record People(List<MemberLine> shown, int unlisted) {}

    People people(long groupId, Viewer viewer, boolean organizer, Locale locale) {
        var people = records.people(groupId, MAX_LISTED);
        var ids = people.stream().map(GroupRecords.Person::memberId).toList();
        var names = members.displayNames(ids, locale);
        var visibilities = directory.visibilities(ids);
        var shown = new ArrayList<MemberLine>();
        var unlisted = 0;
        for (var person : people) {
            var active = person.status().equals("ACTIVE");
            if (!active && !organizer) {
                continue;
            }
            var listed = visibilities.get(person.memberId()).listed();
            if (!listed && !organizer && person.memberId() != viewer.id()) {
                unlisted++;
                continue;
            }
            shown.add(new MemberLine(person.memberId(), names.get(person.memberId()), person.organizer(), person.status(),
                    listed ? "/directory/members/" + person.memberId() : null));
        }
        return new People(shown, unlisted);
    }
}

package coop.agora.offices;

import java.util.List;

/** Everything a member needs to reach an office: where, how, when, and whether it is open now. */
public record OfficePage(Office office, OfficeContact contact, List<OpeningPeriod> hours, OpenStatus status, List<DayOff> daysOff,
        List<MenuOption> menu) {}

package coop.agora.helpdesk;

import coop.agora.offices.OfficeCalendar;
import coop.agora.offices.Offices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;

/**
 * The date by which the cooperative promised to answer: a topic's target in business days of the
 * office that handles the request, counted from the day it was received, and moved on by the
 * business days spent waiting for the member.
 */
@Service
class Promise {

    private final OfficeCalendar calendar;
    private final Offices offices;

    Promise(OfficeCalendar calendar, Offices offices) {
        this.calendar = calendar;
        this.offices = offices;
    }

    LocalDate dueDate(long officeId, Instant received, int targetDays) {
        return calendar.addWorkingDays(officeId, dayAt(officeId, received), targetDays);
    }

    /** The promised date once the member answered: every business day of waiting is given back. */
    LocalDate resumed(long officeId, LocalDate due, Instant pausedFrom, Instant resumedAt) {
        var waited = calendar.workingDaysBetween(officeId, dayAt(officeId, pausedFrom), dayAt(officeId, resumedAt));
        return waited <= 0 ? due : calendar.addWorkingDays(officeId, due, waited);
    }

    Urgency urgency(long officeId, RequestStatus status, LocalDate due, LocalDate today) {
        if (!status.awaitsAdvisor()) {
            return Urgency.NONE;
        }
        if (today.isAfter(due)) {
            return Urgency.BREACHED;
        }
        return due.isAfter(calendar.addWorkingDays(officeId, today, 1)) ? Urgency.ON_TRACK : Urgency.AT_RISK;
    }

    /** The last due date that is at risk today in an office: due within one business day. */
    LocalDate atRiskUntil(long officeId, Instant now) {
        return calendar.addWorkingDays(officeId, dayAt(officeId, now), 1);
    }

    LocalDate today(long officeId) {
        return dayAt(officeId, Instant.now());
    }

    LocalDate dayAt(long officeId, Instant instant) {
        return instant.atZone(zone(officeId)).toLocalDate();
    }

    private ZoneId zone(long officeId) {
        return offices.find(officeId).map(office -> office.timeZone()).orElse(ZoneId.of("Europe/Brussels"));
    }
}

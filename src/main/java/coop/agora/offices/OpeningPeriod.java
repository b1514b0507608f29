package coop.agora.offices;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One stretch of a week an office is open, such as Monday from 09:00 to 12:30. */
public record OpeningPeriod(DayOfWeek day, LocalTime opens, LocalTime closes) {}

package coop.agora.recommendations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dated step, done or not. */
public record MilestoneView(long id, String title, LocalDate due, @Nullable LocalDate done) {}

package coop.agora.recommendations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The recommendations of a cycle as filtered, with the count of every choice of every filter. */
public record Listing(@Nullable CycleLine cycle, List<CycleLine> cycles, List<Facet> themes, List<Facet> statuses, List<Facet> services,
        List<ListLine> lines, int total) {}

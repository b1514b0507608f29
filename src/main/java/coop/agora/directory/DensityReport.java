package coop.agora.directory;

import java.util.List;

/**
 * Members per zone for the advisors: the zones large enough to show, and the members of all
 * smaller zones together (0 when even that total is too small to show).
 */
public record DensityReport(List<Zone> zones, long otherMembers) {

    /** A zone, such as {@code BE 10} for the Brussels postal codes 1000 to 1099, and its member count. */
    public record Zone(String country, String prefix, long members) {}
}

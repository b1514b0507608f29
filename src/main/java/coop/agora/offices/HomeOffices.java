package coop.agora.offices;

import java.util.Optional;

/**
 * Which office a member calls theirs. The accounts module knows it and implements this, since it
 * already relies on the offices for members' choice of office.
 */
public interface HomeOffices {

    /** The office a member chose as theirs, if any. */
    Optional<Long> homeOffice(long memberId);
}

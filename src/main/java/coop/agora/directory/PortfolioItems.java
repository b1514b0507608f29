package coop.agora.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortfolioItems extends JpaRepository<PortfolioItem, Long> {

    /** A work of this member's portfolio; another member's work is as good as absent. */
    Optional<PortfolioItem> findByIdAndProfileMemberId(long id, long memberId);
}

package coop.agora.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Skills extends JpaRepository<Skill, Long> {

    /** A skill whose name in some language is exactly this, ignoring case, to avoid proposing a duplicate. */
    @Query("select s from Skill s where lower(s.labelFr) = lower(?1) or lower(s.labelNl) = lower(?1) or lower(s.labelEn) = lower(?1)")
    List<Skill> findByAnyLabel(String label);

    default Optional<Skill> findFirstByAnyLabel(String label) {
        return findByAnyLabel(label).stream().findFirst();
    }

    List<Skill> findByProposedBy(Long memberId);

    Optional<Skill> findByEscoUri(String escoUri);
}

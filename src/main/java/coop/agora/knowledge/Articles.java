package coop.agora.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findByGroupIdAndLanguage(long groupId, String language);

    List<Article> findByGroupId(long groupId);
}

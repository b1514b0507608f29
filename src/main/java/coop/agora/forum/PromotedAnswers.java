package coop.agora.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromotedAnswers extends JpaRepository<PromotedAnswer, Long> {

    Optional<PromotedAnswer> findByTopicId(long topicId);

    List<PromotedAnswer> findAllByPublishedTrueOrderByCategoryIdAscPromotedAtDesc();

    List<PromotedAnswer> findAllByPublishedFalseOrderByCategoryIdAscPromotedAtDesc();
}

package coop.agora.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Posts extends JpaRepository<Post, Long> {

    List<Post> findByTopicOrderById(Topic topic);
}

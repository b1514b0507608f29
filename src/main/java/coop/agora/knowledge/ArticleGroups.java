package coop.agora.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleGroups extends JpaRepository<ArticleGroup, Long> {}

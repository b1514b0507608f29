package coop.agora.forum;

import org.springframework.data.jpa.repository.JpaRepository;

interface Topics extends JpaRepository<Topic, Long> {}

package coop.agora.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface Places extends JpaRepository<Place, Long> {}

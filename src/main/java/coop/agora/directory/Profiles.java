package coop.agora.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface Profiles extends JpaRepository<Profile, Long> {}

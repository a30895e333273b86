package vn.doimoi.directory.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, UUID> {

    List<Person> findAllByOrderByFullName();

    List<Person> findByAcceptsReviewTrueOrderByFullName();

    Optional<Person> findByOrcid(String orcid);

    Optional<Person> findByUserId(UUID userId);

    @Query("select p from Person p where lower(p.email) = lower(?1)")
    List<Person> findByEmail(String email);
}

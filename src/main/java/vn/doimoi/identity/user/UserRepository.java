package vn.doimoi.identity.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.doimoi.identity.Role;

interface UserRepository extends JpaRepository<User, UUID> {

    @Query("select u from User u where lower(u.username) = lower(?1)")
    Optional<User> findByUsername(String username);

    @Query("select u from User u where lower(u.email) = lower(?1)")
    Optional<User> findByEmail(String email);

    List<User> findByOrganisationIdOrderByDisplayName(UUID organisationId);

    List<User> findAllByOrderByUsername();

    @Query("select count(u) > 0 from User u join u.roles r where r = ?1")
    boolean existsWithRole(Role role);

    // issue 16 (brokers): the brokers a deal's parties may invite
    @Query("select u from User u join u.roles r where r = ?1 and u.enabled = true order by u.displayName")
    List<User> enabledWithRole(Role role);
}

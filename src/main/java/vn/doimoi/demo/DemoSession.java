package vn.doimoi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;

/**
 * The demo's tasks history is entered as a person would have entered it: signed in as a demo
 * user (STAFF {@code canbo}, the member {@code doanhnghiep}), each step at the hour it happened
 * in the province's time, for organisations found by name.
 */
@Component
@Profile("demo")
class DemoSession {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final UserDetailsService users;
    private final Directory directory;

    DemoSession(UserDetailsService users, Directory directory) {
        this.users = users;
        this.directory = directory;
    }

    /** A demo organisation by its name; an agency of the province is added when missing. */
    UUID organisation(String name) {
        return directory.organisations().stream()
                .filter(o -> o.name().equals(name))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseGet(() -> directory.ensureAgency(name, null, "Tây Ninh"));
    }

    /** Runs the work signed in as the demo user. */
    <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(VIETNAM).toInstant();
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}

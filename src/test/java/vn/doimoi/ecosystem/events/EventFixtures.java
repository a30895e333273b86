package vn.doimoi.ecosystem.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;

/** Events through their pages, as the tests of this package need them (not a bean: browser contexts have no MockMvc). */
class EventFixtures {

    /** Xã Mộc Hóa, Tây Ninh (official list since 1/7/2025). */
    static final String MOC_HOA = "27823";

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final MockMvcTester mvc;
    final TestUsers users;
    final JdbcClient jdbc;
    final EventRegistrations registrations;

    EventFixtures(MockMvcTester mvc, TestUsers users, JdbcClient jdbc, EventRegistrations registrations) {
        this.registrations = registrations;
        this.mvc = mvc;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A fair published by STAFF through the form, on {@code day} from 08:00 to 12:00, 30-minute slots. */
    UUID publish(String title, LocalDate day, int capacity) {
        String staff = users.create(Role.STAFF);
        Map<String, String> fields = form(title, day, capacity);
        assertThat(post(staff, "/staff/ecosystem/events/new", fields)).hasStatus3xxRedirection();
        return jdbc.sql("SELECT id FROM ecosystem.event WHERE title = ?")
                .param(title)
                .query(UUID.class)
                .single();
    }

    static Map<String, String> form(String title, LocalDate day, int capacity) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "TECHNOLOGY_FAIR");
        fields.put("title", title);
        fields.put("startDate", DAY.format(day));
        fields.put("startTime", "08:00");
        fields.put("endDate", DAY.format(day));
        fields.put("endTime", "12:00");
        fields.put("communeCode", MOC_HOA);
        fields.put("venue", "Nhà văn hoá xã Mộc Hóa, Ấp Gò Gòn");
        fields.put("capacity", String.valueOf(capacity));
        fields.put("registrationDeadline", DAY.format(day.minusDays(2)));
        fields.put("slotMinutes", "30");
        fields.put("description", "Chợ công nghệ – thiết bị nông nghiệp công nghệ cao.\nKết nối cung cầu.");
        return fields;
    }

    /** A member of a new enterprise, registered with a seat or a place in line. */
    String participant(UUID event) {
        String member = users.create(Role.ORG_MEMBER);
        assertThat(post(member, "/ecosystem/events/" + event + "/register", Map.of("forOrganisation", "true")))
                .hasStatus3xxRedirection();
        return member;
    }

    UUID userId(String username) {
        return users.id(username).value();
    }

    CurrentUser actor(String username) {
        return new CurrentUser(
                users.id(username),
                username,
                Set.of(Role.ORG_MEMBER),
                jdbc.sql("SELECT organisation_id FROM identity.app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .optional()
                        .orElse(null));
    }

    MvcTestResult post(String username, String uri, Map<String, String> fields) {
        var request = mvc.post().uri(uri).with(user(users.principal(username))).with(csrf());
        fields.forEach(request::param);
        return request.exchange();
    }

    MvcTestResult get(String username, String uri) {
        return mvc.get().uri(uri).with(user(users.principal(username))).exchange();
    }
}

package vn.doimoi.ecosystem.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.MovableClock;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ImportedListing;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingImport;
import vn.doimoi.market.ListingKind;

/**
 * STAFF cancel an event (a reason is required) and everyone it concerns is told once; the page says
 * so and registration closes; the .ics marks it cancelled. The day-before reminder runs on a clock
 * the test moves, once per person; new dates are told, drop the meetings that no longer fit and
 * move the reminder to the new day.
 */
@DoimoiSpringTest
class EventCancellationAndRemindersTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    EventRegistrations registrations;

    @Autowired
    EventMeetings meetings;

    @Autowired
    EventReminders reminders;

    @Autowired
    ListingImport listingImport;

    @Autowired
    JdbcClient jdbc;

    EventFixtures fixtures;

    final LocalDate day = LocalDate.now(EventTimes.VIETNAM).plusDays(20);

    @BeforeEach
    void fixtures() {
        fixtures = new EventFixtures(mvc, testUsers, jdbc, registrations);
    }

    @Test
    void staffCancelWithAReasonAndEachRegistrantMeetingPartyAndExhibitorIsToldOnce() throws Exception {
        String title = "Chợ công nghệ bị huỷ " + UUID.randomUUID();
        UUID event = fixtures.publish(title, day, 2);
        String first = fixtures.participant(event);
        String second = fixtures.participant(event);
        String waiting = fixtures.participant(event);
        String exhibitor = fixtures.users.create(Role.ORG_MEMBER);
        UUID offer = listingImport.published(offer(fixtures.actor(exhibitor).organisationId()));
        assertThat(fixtures.post(
                        exhibitor, "/ecosystem/events/" + event + "/exhibit", Map.of("listing", offer.toString())))
                .flash()
                .containsEntry("notice", "events.exhibited");
        UUID meeting = meetings.request(
                fixtures.actor(first), event, fixtures.userId(second), EventTimes.instant(day.atTime(9, 0)), null);
        meetings.answer(fixtures.actor(second), meeting, true);
        String staff = fixtures.users.create(Role.STAFF);
        String edit = "/staff/ecosystem/events/" + event;
        assertThat(fixtures.get(staff, edit)).hasStatusOk().bodyText().contains("Lý do huỷ (bắt buộc)");

        // without a reason nothing happens, and the page says why
        assertThat(fixtures.post(staff, edit + "/cancel", Map.of("reason", "   ", "rowVersion", "0")))
                .hasRedirectedUrl(edit)
                .flash()
                .containsEntry("problem", "events.error.cancelReason");
        assertThat(cancelled(event)).isFalse();
        // a participant may not cancel the event
        assertThat(fixtures.post(first, edit + "/cancel", Map.of("reason", "Thử", "rowVersion", "0")))
                .hasStatus(403);
        // a stale page is refused
        assertThat(fixtures.post(staff, edit + "/cancel", Map.of("reason", "Mưa bão", "rowVersion", "7")))
                .flash()
                .containsEntry("problem", "events.error.changedMeanwhile");

        String reason = "Bão số 9 đổ bộ vào tỉnh, Ủy ban nhân dân tỉnh yêu cầu hoãn các sự kiện đông người.";
        assertThat(fixtures.post(staff, edit + "/cancel", Map.of("reason", reason, "rowVersion", "0")))
                .hasRedirectedUrl("/ecosystem/events/" + event)
                .flash()
                .containsEntry("notice", "events.cancelledDone");
        // a second click changes nothing and tells nobody again
        assertThat(fixtures.post(staff, edit + "/cancel", Map.of("reason", reason, "rowVersion", "1")))
                .flash()
                .containsEntry("problem", "events.error.alreadyCancelled");

        for (String person : List.of(first, second, waiting, exhibitor)) {
            assertThat(subjects(person))
                    .as(person)
                    .filteredOn(subject -> subject.equals("Sự kiện " + title + " đã bị huỷ"))
                    .hasSize(1);
        }
        assertThat(bodies(waiting)).anySatisfy(body -> assertThat(body).contains("Lý do: " + reason));
        assertThat(jdbc.sql("SELECT status FROM ecosystem.event_meeting WHERE id = ?")
                        .param(meeting)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");

        // the public page says so with the reason; nobody new may register, nor book a meeting
        assertThat(mvc.get().uri("/ecosystem/events/" + event))
                .hasStatusOk()
                .bodyText()
                .contains("Đã huỷ", "Lý do: " + reason);
        String late = fixtures.users.create(Role.ORG_MEMBER);
        assertThat(fixtures.get(late, "/ecosystem/events/" + event))
                .bodyText()
                .contains("Sự kiện đã bị huỷ nên không nhận đăng ký.");
        assertThat(fixtures.post(late, "/ecosystem/events/" + event + "/register", Map.of()))
                .flash()
                .containsEntry("problem", "events.error.registrationClosed");
        assertThat(fixtures.get(first, "/ecosystem/events/my")).bodyText().contains(title, "Đã huỷ");

        // the .ics replaces what a calendar imported: same UID, a later SEQUENCE, CANCELLED
        UUID registration = registrations.mine(fixtures.actor(first)).stream()
                .filter(row -> row.eventId().equals(event))
                .findFirst()
                .orElseThrow()
                .id();
        String ics = fixtures.get(first, "/ecosystem/events/registrations/" + registration + "/calendar.ics")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertThat(ics)
                .contains("UID:registration-" + registration + "@localhost\r\nDTSTAMP")
                .contains("SEQUENCE:1\r\n")
                .contains("UID:meeting-" + meeting + "@localhost\r\n")
                .doesNotContain("STATUS:CONFIRMED")
                .contains("STATUS:CANCELLED");
    }

    @Test
    void theDayBeforeEachSeatHolderIsRemindedOnceAndNewDatesAreToldAndRemindedAgain() {
        String title = "Hội thảo nhắc lịch " + UUID.randomUUID();
        UUID event = fixtures.publish(title, day, 2);
        String first = fixtures.participant(event);
        String second = fixtures.participant(event);
        String waiting = fixtures.participant(event);
        UUID meeting = meetings.request(
                fixtures.actor(first), event, fixtures.userId(second), EventTimes.instant(day.atTime(8, 0)), null);
        meetings.answer(fixtures.actor(second), meeting, true);
        MovableClock clock =
                new MovableClock(EventTimes.instant(day.minusDays(3).atTime(7, 0)));
        EventReminderJob job = new EventReminderJob(reminders, clock);

        // three days before: nothing yet
        job.remind();
        assertThat(reminded(first, title)).isZero();

        // the day before, at seven: the two with a seat, once, however often the job runs
        clock.advance(Duration.ofDays(2));
        job.remind();
        clock.advance(Duration.ofHours(5));
        job.remind();
        assertThat(reminded(first, title)).isEqualTo(1);
        assertThat(reminded(second, title)).isEqualTo(1);
        assertThat(reminded(waiting, title)).isZero();
        assertThat(bodies(first))
                .anySatisfy(body -> assertThat(body)
                        .contains(title, "bắt đầu lúc " + EventFixtures.DAY.format(day) + " 08:00")
                        .contains("Bạn có 1 buổi gặp B2B"));

        // STAFF move it three days later, in the afternoon: everyone registered is told, the 08:00 meeting is off
        LocalDate later = day.plusDays(3);
        Map<String, String> form = new java.util.LinkedHashMap<>(EventFixtures.form(title, later, 2));
        form.put("startTime", "13:00");
        form.put("endTime", "17:00");
        form.put("rowVersion", "0");
        String staff = fixtures.users.create(Role.STAFF);
        assertThat(fixtures.post(staff, "/staff/ecosystem/events/" + event, form))
                .hasRedirectedUrl("/ecosystem/events/" + event);
        for (String person : List.of(first, second, waiting)) {
            assertThat(subjects(person)).as(person).containsOnlyOnce("Sự kiện " + title + " đổi thời gian");
        }
        assertThat(subjects(second)).contains("Buổi gặp B2B tại " + title + " bị huỷ do đổi giờ");
        assertThat(jdbc.sql("SELECT status FROM ecosystem.event_meeting WHERE id = ?")
                        .param(meeting)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");

        // the day before the new date they are reminded again, of the new time
        clock.setOffset(Duration.ofDays(5));
        job.remind();
        job.remind();
        assertThat(reminded(first, title)).isEqualTo(2);
        assertThat(bodies(first))
                .anySatisfy(
                        body -> assertThat(body).contains("bắt đầu lúc " + EventFixtures.DAY.format(later) + " 13:00"));
    }

    private boolean cancelled(UUID event) {
        return jdbc.sql("SELECT cancelled FROM ecosystem.event WHERE id = ?")
                .param(event)
                .query(Boolean.class)
                .single();
    }

    private long reminded(String username, String title) {
        return subjects(username).stream()
                .filter(subject -> subject.equals("Ngày mai: " + title))
                .count();
    }

    private List<String> subjects(String username) {
        return jdbc.sql("SELECT subject FROM identity.notification WHERE user_id = ? ORDER BY created_at")
                .param(fixtures.userId(username))
                .query(String.class)
                .list();
    }

    private List<String> bodies(String username) {
        return jdbc.sql("SELECT body FROM identity.notification WHERE user_id = ? ORDER BY created_at")
                .param(fixtures.userId(username))
                .query(String.class)
                .list();
    }

    private static ImportedListing offer(UUID owner) {
        return new ImportedListing(
                ListingKind.OFFER,
                owner,
                "Máy sấy nông sản năng lượng mặt trời " + UUID.randomUUID(),
                "Công nghệ đã ứng dụng tại ba hợp tác xã.",
                null,
                "Tiết kiệm 40% điện năng.",
                null,
                null,
                7,
                IpStatus.NONE,
                null,
                null,
                null,
                "Tây Ninh",
                LocalDate.now(EventTimes.VIETNAM).plusMonths(6),
                false,
                Set.of(),
                Set.of(),
                Instant.now().minus(Duration.ofDays(100)));
    }
}

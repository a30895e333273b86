package vn.doimoi.ecosystem.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/**
 * Events: STAFF publish; people register within the capacity and the first in line gets a freed
 * seat (and is told); the .ics file; two participants book a B2B meeting and a third is refused
 * for the clash; another's agenda, meeting and calendar stay theirs; bad input is re-shown.
 */
@DoimoiSpringTest
class EventsTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @Autowired
    vn.doimoi.TestUsers testUsers;

    @Autowired
    EventRegistrations registrations;

    EventFixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = new EventFixtures(mvc, testUsers, jdbc, registrations);
    }

    @Autowired
    EventMeetings meetings;

    @Autowired
    JdbcClient jdbc;

    LocalDate day = LocalDate.now(VIETNAM).plusDays(20);

    @Test
    void aFullEventPutsPeopleInLineAndAWithdrawalPromotesTheFirstWhoIsToldInTheInbox() {
        UUID event = fixtures.publish("Chợ công nghệ hàng đợi " + UUID.randomUUID(), day, 2);
        String first = fixtures.participant(event);
        String second = fixtures.participant(event);
        String third = fixtures.participant(event);
        String fourth = fixtures.participant(event);

        assertThat(status(event, first)).isEqualTo("CONFIRMED");
        assertThat(status(event, second)).isEqualTo("CONFIRMED");
        assertThat(status(event, third)).isEqualTo("WAITING");
        assertThat(fixtures.get(third, "/ecosystem/events/" + event))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Bạn đang ở vị trí 1 trong danh sách chờ.",
                        "2/2 chỗ đã đăng ký",
                        "2 người trong danh sách chờ");
        assertThat(fixtures.get(fourth, "/ecosystem/events/" + event))
                .bodyText()
                .contains("Bạn đang ở vị trí 2 trong danh sách chờ.");

        assertThat(fixtures.post(first, "/ecosystem/events/" + event + "/withdraw", Map.of()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("notice", "events.withdrawn");

        assertThat(status(event, first)).isEqualTo("CANCELLED");
        assertThat(status(event, third)).isEqualTo("CONFIRMED");
        assertThat(status(event, fourth)).isEqualTo("WAITING");
        assertThat(fixtures.get(fourth, "/ecosystem/events/" + event))
                .bodyText()
                .contains("Bạn đang ở vị trí 1 trong danh sách chờ.");
        assertThat(jdbc.sql("SELECT subject FROM identity.notification WHERE user_id = ?")
                        .param(fixtures.userId(third))
                        .query(String.class)
                        .list())
                .anySatisfy(subject -> assertThat(subject).startsWith("Bạn đã có chỗ tại Chợ công nghệ hàng đợi"));
        assertThat(jdbc.sql("SELECT count(*) FROM identity.notification WHERE user_id = ?")
                        .param(fixtures.userId(fourth))
                        .query(Long.class)
                        .single())
                .isZero();

        // registering twice is refused with a message, not a second row
        assertThat(fixtures.post(second, "/ecosystem/events/" + event + "/register", Map.of()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "events.error.alreadyRegistered");
    }

    @Test
    void theLastSeatGoesToOneOfFourPeopleRegisteringAtOnce() throws Exception {
        UUID event = fixtures.publish("Hội thảo chỗ cuối " + UUID.randomUUID(), day, 1);
        List<String> people = List.of(
                fixtures.users.create(Role.ORG_MEMBER),
                fixtures.users.create(Role.ORG_MEMBER),
                fixtures.users.create(Role.ORG_MEMBER),
                fixtures.users.create(Role.ORG_MEMBER));

        Concurrently.run(people, person -> fixtures.registrations.register(fixtures.actor(person), event, false));

        assertThat(jdbc.sql("SELECT status FROM ecosystem.event_registration WHERE event_id = ? ORDER BY status")
                        .param(event)
                        .query(String.class)
                        .list())
                .containsExactly("CONFIRMED", "WAITING", "WAITING", "WAITING");
    }

    @Test
    void theIcsFileHasTheEventInVietnamsTimeZoneWithAStableUidAndTheAcceptedMeetings() throws Exception {
        UUID event = fixtures.publish("Diễn đàn lịch, dấu; chấm " + UUID.randomUUID(), day, 10);
        String member = fixtures.participant(event);
        String other = fixtures.participant(event);
        UUID registration = registrationOf(event, member);
        Instant nine = day.atTime(9, 0).atZone(VIETNAM).toInstant();
        UUID meeting = meetings.request(fixtures.actor(member), event, fixtures.userId(other), nine, "Bàn về máy sấy");
        meetings.answer(fixtures.actor(other), meeting, true);

        String uri = "/ecosystem/events/registrations/" + registration + "/calendar.ics";
        var download = fixtures.get(member, uri);
        assertThat(download).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
        String ics = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String date = EventFixtures.DAY.format(day);
        String basic = date.substring(6) + date.substring(3, 5) + date.substring(0, 2);

        // content lines are folded at 75 octets (RFC 5545 §3.1): unfold before reading them
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains("TZID:Asia/Ho_Chi_Minh\r\n", "TZOFFSETTO:+0700\r\n")
                .contains("UID:registration-" + registration + "@localhost\r\n")
                .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:" + basic + "T080000\r\n")
                .contains("DTEND;TZID=Asia/Ho_Chi_Minh:" + basic + "T120000\r\n")
                .contains("SUMMARY:Diễn đàn lịch\\, dấu\\; chấm")
                .contains("DESCRIPTION:Chợ công nghệ – thiết bị nông nghiệp công nghệ cao.\\nKết nối cung cầu.")
                .contains("UID:meeting-" + meeting + "@localhost\r\n")
                .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:" + basic + "T090000\r\n")
                .contains("DTEND;TZID=Asia/Ho_Chi_Minh:" + basic + "T093000\r\n")
                .contains("STATUS:CONFIRMED");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        // the same file again: same UIDs, so a calendar updates the entry instead of adding one
        assertThat(fixtures.get(member, uri).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(ics);
        // another person's registration is not there for them
        assertThat(fixtures.get(other, uri)).hasStatus(404);
    }

    @Test
    void twoParticipantsBookAMeetingAndAThirdIsRefusedForTheClashWithAClearMessage() {
        UUID event = fixtures.publish("Chợ công nghệ B2B " + UUID.randomUUID(), day, 10);
        String asker = fixtures.participant(event);
        String invitee = fixtures.participant(event);
        String third = fixtures.participant(event);
        String nine = day.atTime(9, 0).atZone(VIETNAM).toInstant().toString();
        String meetingsPage = "/ecosystem/events/" + event + "/meetings";

        assertThat(fixtures.post(
                        asker,
                        meetingsPage,
                        Map.of("invitee", fixtures.userId(invitee).toString(), "slot", nine, "note", "Máy sấy lạnh")))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("notice", "events.meeting.requested");
        UUID meeting = jdbc.sql("SELECT id FROM ecosystem.event_meeting WHERE event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
        // the request waits in the invitee's "Việc của tôi" until answered
        assertThat(fixtures.get(invitee, "/me")).bodyText().contains("đề nghị gặp B2B tại Chợ công nghệ B2B");
        assertThat(fixtures.post(invitee, "/ecosystem/events/meetings/" + meeting + "/accept", Map.of()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("notice", "events.meeting.accepted");
        assertThat(fixtures.get(asker, meetingsPage)).bodyText().contains("Đã xác nhận", "Máy sấy lạnh");

        // the third asks the invitee, then the asker, for the same slot: both are booked
        assertThat(fixtures.post(
                        third,
                        meetingsPage,
                        Map.of("invitee", fixtures.userId(invitee).toString(), "slot", nine)))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "events.error.clashOther");
        assertThat(fixtures.post(
                        third,
                        meetingsPage,
                        Map.of("invitee", fixtures.userId(asker).toString(), "slot", nine)))
                .flash()
                .containsEntry("problem", "events.error.clashOther");
        assertThat(fixtures.get(third, meetingsPage))
                .bodyText()
                .doesNotContain("Máy sấy lạnh")
                .contains("Chưa có buổi gặp nào.");
        assertThat(jdbc.sql("SELECT count(*) FROM ecosystem.event_meeting WHERE event_id = ?")
                        .param(event)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // another's meeting is not there for the third: neither to answer nor to cancel
        assertThat(fixtures.post(third, "/ecosystem/events/meetings/" + meeting + "/decline", Map.of()))
                .hasStatus(404);
        assertThat(fixtures.post(third, "/ecosystem/events/meetings/" + meeting + "/cancel", Map.of()))
                .hasStatus(404);
        assertThat(fixtures.get(third, "/ecosystem/events/my")).bodyText().doesNotContain("Máy sấy lạnh");

        // garbage in the form is a message, never a 500
        assertThat(fixtures.post(third, meetingsPage, Map.of("invitee", "<script>", "slot", "hôm nay")))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "events.error.meetingNotParticipant");
        assertThat(fixtures.post(
                        third,
                        meetingsPage,
                        Map.of("invitee", fixtures.userId(asker).toString(), "slot", "2020-01-01T00:00:00Z")))
                .flash()
                .containsEntry("problem", "events.error.meetingSlot");
    }

    @Test
    void twoRequestsForOnePersonsSlotArrivingTogetherBookOnlyOne() throws Exception {
        UUID event = fixtures.publish("Diễn đàn đồng thời " + UUID.randomUUID(), day, 10);
        String wanted = fixtures.participant(event);
        List<String> askers =
                List.of(fixtures.participant(event), fixtures.participant(event), fixtures.participant(event));
        Instant slot = day.atTime(10, 0).atZone(VIETNAM).toInstant();

        List<Throwable> refusals = Concurrently.run(
                askers, asker -> meetings.request(fixtures.actor(asker), event, fixtures.userId(wanted), slot, null));

        assertThat(refusals)
                .hasSize(2)
                .allSatisfy(refusal -> assertThat(refusal)
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).messageKey())
                        .isIn("events.error.clash", "events.error.clashOther"));
        assertThat(jdbc.sql("SELECT count(*) FROM ecosystem.event_meeting_seat WHERE event_id = ? AND user_id = ?")
                        .params(event, fixtures.userId(wanted))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // and the database itself refuses a second seat in the slot, whatever the code checks first
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO ecosystem.event_meeting_seat (meeting_id, event_id, user_id,"
                                + " slot_start) SELECT meeting_id, event_id, user_id, slot_start"
                                + " FROM ecosystem.event_meeting_seat WHERE event_id = ? AND user_id = ?")
                        .params(event, fixtures.userId(wanted))
                        .update())
                .hasMessageContaining("duplicate key");
    }

    @Test
    void staffFormShowsMistakesAgainAndOnlyStaffPublish() {
        String staff = fixtures.users.create(Role.STAFF);
        Map<String, String> fields = new java.util.HashMap<>(EventFixtures.form("Sai giờ", day, 10));
        fields.put("endTime", "07:00");
        fields.put("startTime", "25:99");
        assertThat(fixtures.post(staff, "/staff/ecosystem/events/new", fields))
                .hasStatus(400)
                .bodyText()
                .contains("Định dạng không hợp lệ.");
        fields.put("startTime", "08:00");
        assertThat(fixtures.post(staff, "/staff/ecosystem/events/new", fields))
                .hasStatus(400)
                .bodyText()
                .contains("Thời điểm kết thúc phải sau thời điểm bắt đầu.");
        fields.put("endTime", "12:00");
        fields.put("communeCode", "00001");
        assertThat(fixtures.post(staff, "/staff/ecosystem/events/new", fields))
                .hasStatus(400)
                .bodyText()
                .contains("Vui lòng chọn một xã, phường của tỉnh.");
        fields.put("communeCode", EventFixtures.MOC_HOA);
        fields.put("capacity", "nhiều");
        assertThat(fixtures.post(staff, "/staff/ecosystem/events/new", fields)).hasStatus(400);

        String member = fixtures.users.create(Role.ORG_MEMBER);
        assertThat(fixtures.post(member, "/staff/ecosystem/events/new", EventFixtures.form("Không được", day, 5)))
                .hasStatus(403);
        assertThat(jdbc.sql("SELECT count(*) FROM ecosystem.event WHERE title IN ('Sai giờ', 'Không được')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void twoStaffEditingTheSameEventTheSecondIsToldItChanged() {
        UUID event = fixtures.publish("Hội thảo sửa " + UUID.randomUUID(), day, 10);
        String staff = fixtures.users.create(Role.STAFF);
        Map<String, String> fields = new java.util.HashMap<>(EventFixtures.form("Hội thảo sửa lần 1", day, 20));
        fields.put("rowVersion", "0");
        assertThat(fixtures.post(staff, "/staff/ecosystem/events/" + event, fields))
                .hasStatus3xxRedirection();
        fields.put("title", "Hội thảo sửa lần 2");
        assertThat(fixtures.post(staff, "/staff/ecosystem/events/" + event, fields))
                .hasStatus(400)
                .bodyText()
                .contains("Người khác vừa thay đổi nội dung này.");
        assertThat(fixtures.get(staff, "/ecosystem/events/" + event)).bodyText().contains("Hội thảo sửa lần 1");
    }

    private String status(UUID event, String username) {
        return jdbc.sql("SELECT status FROM ecosystem.event_registration WHERE event_id = ? AND user_id = ?"
                        + " ORDER BY created_at DESC LIMIT 1")
                .params(event, fixtures.userId(username))
                .query(String.class)
                .single();
    }

    private UUID registrationOf(UUID event, String username) {
        return jdbc.sql("SELECT id FROM ecosystem.event_registration WHERE event_id = ? AND user_id = ?")
                .params(event, fixtures.userId(username))
                .query(UUID.class)
                .single();
    }
}

package vn.doimoi.projects.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.projects.tasks.TaskRepository;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * A call closes itself at its deadline (issue 18): 23:59:59 of the deadline day, Vietnam time, it
 * still receives; at midnight it is closed on every page and in the API without anyone closing
 * it, says when receipt ended, and refuses a late submission; the nightly job writes it down.
 */
@DoimoiSpringTest
class CallDeadlineTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    CallRepository calls;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    TaskRepository tasks;

    @Autowired
    Councils councils;

    @Autowired
    Notices notices;

    @Autowired
    Directory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers testUsers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    final SettableClock clock = new SettableClock();

    @Test
    void aCallReceivesUntilTheLastSecondAndIsClosedAtMidnightWithoutAnyoneClosingIt() {
        LocalDate deadline = LocalDate.now(VIETNAM).plusDays(30);
        Instant lastSecond = deadline.atTime(23, 59, 59).atZone(VIETNAM).toInstant();
        Instant midnight = lastSecond.plusSeconds(1);
        Selection selection = selection();
        Dossiers desk = desk();
        String staff = testUsers.create(Role.STAFF);
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        clock.now = lastSecond.minusSeconds(3600 * 24 * 10);
        UUID call = as(staff, () -> openCall(selection, deadline));
        UUID dossier = as(member, () -> desk.startDossier(call));

        // before the deadline: open, listed, receiving
        clock.now = lastSecond;
        Views.CallView before = as(staff, () -> selection.call(call));
        assertThat(before.state()).isEqualTo(CallState.OPEN);
        assertThat(before.acceptingNow()).isTrue();
        assertThat(before.receiptClosedAtText()).isNull();
        assertThat(selection.publicCalls()).extracting(Views.CallView::id).contains(call);

        // at the deadline: closed on read, gone from the public list, and it says when
        clock.now = midnight;
        Views.CallView at = as(staff, () -> selection.call(call));
        assertThat(at.state()).isEqualTo(CallState.CLOSED);
        assertThat(at.acceptingNow()).isFalse();
        assertThat(at.receiptClosedAtText()).isEqualTo("23:59 " + dd(deadline));
        assertThat(selection.publicCalls()).extracting(Views.CallView::id).doesNotContain(call);
        // and a late submission is refused as a conflict, with the reason
        long version = dossiers.findById(dossier).orElseThrow().version();
        assertThatThrownBy(() -> as(member, () -> desk.submitDossier(dossier, version)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("dossier.error.late");
                });
        // nobody closed it yet: the stored state is still OPEN until the nightly job runs
        assertThat(calls.findById(call).orElseThrow().state()).isEqualTo(CallState.OPEN);

        // after the deadline: the job writes the closing down once, at the deadline's moment
        clock.now = midnight.plusSeconds(3600);
        assertThat(as(staff, selection::closeExpiredCalls)).isPositive();
        Call closed = calls.findById(call).orElseThrow();
        assertThat(closed.state()).isEqualTo(CallState.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(midnight);
        assertThat(as(staff, selection::closeExpiredCalls)).isZero();
        assertThat(as(staff, () -> selection.call(call)).receiptClosedAtText()).isEqualTo("23:59 " + dd(deadline));
    }

    @Test
    void theCallPageSaysWhenReceiptEndedAndALatePostIsRefusedInVietnamese() throws Exception {
        // given a call whose deadline was yesterday (Vietnam time) that nobody closed, and a draft dossier
        LocalDate deadline = LocalDate.now(VIETNAM).minusDays(1);
        Selection selection = selection();
        Dossiers desk = desk();
        String staff = testUsers.create(Role.STAFF);
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        clock.now = deadline.minusDays(5).atStartOfDay(VIETNAM).toInstant();
        UUID call = as(staff, () -> openCall(selection, deadline));
        UUID dossier = as(member, () -> desk.startDossier(call));
        String title = calls.findById(call).orElseThrow().title();

        // then the public page shows it closed, with the moment, and no register button
        String page = mvc.perform(get("/calls/" + call))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Đã hết hạn nhận hồ sơ lúc 23:59 " + dd(deadline))
                .contains("Hết hạn nhận hồ sơ")
                .doesNotContain("Đang nhận hồ sơ")
                .doesNotContain("id=\"apply-form\"");
        // the public list and the API no longer offer it
        mvc.perform(get("/calls?size=500"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(title))));
        mvc.perform(get("/api/v1/calls/" + call))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.state")
                        .value("CLOSED"));

        // when the member submits the draft late, the refusal says why
        long version = dossiers.findById(dossier).orElseThrow().version();
        var submitted = mvc.perform(post("/dossiers/" + dossier + "/submit")
                        .param("version", String.valueOf(version))
                        .with(user(testUsers.principal(member)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "dossier.error.late"))
                .andReturn()
                .getResponse();
        // the flash travels in the session (Spring Session, ADR 0076), as a browser carries its cookie
        jakarta.servlet.http.Cookie session = java.util.Arrays.stream(submitted.getCookies())
                .filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        String refused = mvc.perform(get("/dossiers/" + dossier)
                        .with(user(testUsers.principal(member)))
                        .cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Đã hết hạn nộp hồ sơ");
        assertThat(dossiers.findById(dossier).orElseThrow().state()).isEqualTo(DossierState.DRAFT);
    }

    private UUID openCall(Selection selection, LocalDate deadline) {
        UUID id = selection.createCall(new CallData(
                "Nghiên cứu giống lúa chịu mặn " + UUID.randomUUID(),
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                "Giống lúa chịu mặn cho vùng ven biển",
                "Tổ chức KH&CN có tư cách pháp nhân",
                "Mẫu 1, Mẫu 2",
                List.of(),
                null,
                new BigDecimal("900000000"),
                18,
                deadline,
                null,
                List.of(new CallData.Product(
                        null, "Giống lúa", "1 giống", List.of(new ProductSpec("Độ mặn chịu được", "‰", "≥ 4"))))));
        selection.openCall(id, calls.findById(id).orElseThrow().version());
        return id;
    }

    private Selection selection() {
        return new Selection(
                calls,
                dossiers,
                tasks,
                councils,
                new SelectionViews(calls, directory, clock),
                new CallAccess(accounts),
                audit,
                clock);
    }

    private Dossiers desk() {
        return new Dossiers(
                dossiers,
                calls,
                councils,
                new SelectionViews(calls, directory, clock),
                new CallAccess(accounts),
                notices,
                audit,
                clock);
    }

    private static String dd(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return new TransactionTemplate(transactions).execute(status -> work.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A clock the test sets to the second it needs: before, at and after the deadline. */
    static final class SettableClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

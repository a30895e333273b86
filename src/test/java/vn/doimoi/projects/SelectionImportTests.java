package vn.doimoi.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.selection.CallState;
import vn.doimoi.projects.selection.DossierState;
import vn.doimoi.projects.selection.Dossiers;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.shared.DomainException;

/**
 * A call that ran before the platform, brought in with the moment of each step: it is dated as
 * it happened and the same rules as on screen check it (a dossier after the deadline is late, a
 * council seat needs a role the rules know, only STAFF imports).
 */
@DoimoiSpringTest
class SelectionImportTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 11);

    @Autowired
    SelectionImport imports;

    @Autowired
    CouncilImport councils;

    @Autowired
    Selection selection;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Directory directory;

    @Autowired
    TestUsers testUsers;

    @Test
    void aPastCallIsDatedWhenEachStepHappened() {
        String staff = testUsers.create(Role.STAFF);
        UUID applicant = testUsers.organisation();
        UUID investigator = directory.ensureExpert(
                "Trịnh Văn Lịch Sử", Degree.TS, "Nghiên cứu viên", applicant, Set.of("401"), "Lúa gạo", null);

        UUID call = as(staff, () -> imports.openedCall(call(), at(LocalDate.of(2026, 3, 2), 9)));
        UUID dossier = as(
                staff,
                () -> imports.paperDossier(call, applicant, dossier(investigator), at(DEADLINE.minusDays(3), 10)));
        as(staff, () -> {
            imports.dossiersOpened(call, "Biên bản mở hồ sơ", at(DEADLINE.plusDays(1), 8));
            return null;
        });

        var view = as(staff, () -> selection.call(call));
        assertThat(view.code()).startsWith("NV-2026-");
        assertThat(view.openedAt()).isEqualTo(at(LocalDate.of(2026, 3, 2), 9));
        assertThat(view.dossiersOpenedAt()).isEqualTo(at(DEADLINE.plusDays(1), 8));
        assertThat(view.state()).isEqualTo(CallState.DOSSIERS_OPENED);
        var opened = as(staff, () -> dossiers.dossier(dossier));
        assertThat(opened.submittedAt()).isEqualTo(at(DEADLINE.minusDays(3), 10));
        assertThat(opened.state()).isEqualTo(DossierState.VALID);
    }

    @Test
    void theRulesOfTheScreensCheckTheHistory() {
        String staff = testUsers.create(Role.STAFF);
        UUID applicant = testUsers.organisation();
        UUID investigator = directory.ensureExpert(
                "Trịnh Văn Lịch Sử", Degree.TS, "Nghiên cứu viên", applicant, Set.of("401"), "Lúa gạo", null);
        UUID call = as(staff, () -> imports.openedCall(call(), at(LocalDate.of(2026, 3, 2), 9)));

        // a dossier received after the deadline is late, as on screen
        assertThatThrownBy(() -> as(
                        staff,
                        () -> imports.paperDossier(
                                call, applicant, dossier(investigator), at(DEADLINE.plusDays(2), 10))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("dossier.error.late");

        // a member of an organisation cannot bring in a call
        String member = testUsers.create(Role.ORG_MEMBER);
        assertThatThrownBy(() -> as(member, () -> imports.openedCall(call(), at(LocalDate.of(2026, 3, 2), 9))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);

        // a seat names a role the rules know
        as(staff, () -> imports.paperDossier(call, applicant, dossier(investigator), at(DEADLINE.minusDays(1), 10)));
        UUID council = as(staff, () -> {
            imports.dossiersOpened(call, "Biên bản mở hồ sơ", at(DEADLINE.plusDays(1), 8));
            return imports.council(call, "Quyết định số 1/QĐ-SKHCN", at(DEADLINE.plusDays(10), 8));
        });
        assertThatThrownBy(() -> as(staff, () -> {
                    councils.seated(
                            council,
                            List.of(new ImportedSeat(investigator, "PRESIDENT")),
                            at(DEADLINE.plusDays(10), 8));
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.INVALID);
    }

    private static CallData call() {
        return new CallData(
                "Nhiệm vụ đã tuyển chọn trước khi có nền tảng " + UUID.randomUUID(),
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                "Tạo ra giống lúa chịu mặn.",
                "Tổ chức khoa học và công nghệ.",
                "B1-1-ĐON; B1-2a-TMĐTCN",
                List.of("401"),
                null,
                new BigDecimal("1200000000"),
                24,
                DEADLINE,
                "Quyết định số 2890/QĐ-UBND",
                List.of(new CallData.Product(
                        "Giống lúa chịu mặn", "01 giống", List.of(new ProductSpec("Độ mặn chịu được", "‰", "≥ 4")))));
    }

    private static DossierData dossier(UUID investigator) {
        return new DossierData(
                investigator,
                List.of(),
                List.of(),
                "Tạo giống lúa chịu mặn.",
                "Lai tạo và khảo nghiệm.",
                "Thí nghiệm đồng ruộng.",
                "Tháng 1–24.",
                24,
                List.of(new DossierData.Line("Thuê khoán chuyên môn", new BigDecimal("600000000"), BigDecimal.ZERO)));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(VIETNAM).toInstant();
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

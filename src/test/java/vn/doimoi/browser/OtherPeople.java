package vn.doimoi.browser;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.person.People;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.selection.Dossiers;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.shared.DomainException;

/**
 * What other people do in a role journey, through the services (their own browser walks are
 * elsewhere): STAFF publishes a call, an applicant's member submits a dossier, experts are in the
 * directory, and part 2 hears of an approval. Import it with {@code @Import(OtherPeople.class)}.
 */
@TestComponent
class OtherPeople {

    private final TestUsers testUsers;
    private final People people;
    private final Selection selection;
    private final Dossiers dossiers;
    private final TaskExecutions executions;
    private final Clock clock;

    OtherPeople(
            TestUsers testUsers,
            People people,
            Selection selection,
            Dossiers dossiers,
            TaskExecutions executions,
            Clock clock) {
        this.testUsers = testUsers;
        this.people = people;
        this.selection = selection;
        this.dossiers = dossiers;
        this.executions = executions;
        this.clock = clock;
    }

    /** Runs {@code work} as the signed-in {@code username}. */
    <T> T as(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A part 2 actor: part 2's services take the person acting, not the security context. */
    static CurrentUser actor(Role role, UUID organisation) {
        return new CurrentUser(new UserId(UUID.randomUUID()), "journey-" + role, EnumSet.of(role), organisation);
    }

    /** A doctor in the directory, open to review; linked to {@code username}'s account when given. */
    UUID expert(String name, String username, UUID organisation) {
        return people.create(
                new PersonData(
                        name,
                        null,
                        Degree.TS,
                        "Chuyên gia chọn tạo giống cây trồng",
                        organisation,
                        null,
                        null,
                        Set.of(),
                        "Chọn tạo giống cây trồng",
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null),
                username);
    }

    /** STAFF's call with today's deadline and one product, published. */
    UUID openCall(String staff, String title) {
        return as(staff, () -> {
            UUID call = selection.createCall(new CallData(
                    title,
                    TaskType.RESEARCH_TOPIC,
                    SelectionMethod.COMPETITION,
                    "Giống chịu mặn 4‰, năng suất từ 25 tấn/ha.",
                    "Tổ chức có tư cách pháp nhân.",
                    "B1-1-ĐON; B1-2a-TMĐTCN",
                    List.of(),
                    null,
                    new BigDecimal("1200000000"),
                    18,
                    LocalDate.now(clock),
                    null,
                    List.of(new CallData.Product(
                            null,
                            "Giống chịu mặn",
                            "03 dòng",
                            List.of(new ProductSpec("Năng suất", "tấn/ha", "≥ 25"))))));
            selection.openCall(call, selection.call(call).version());
            return call;
        });
    }

    /** The applicant's member fills in the dossier, with its principal investigator, and submits it. */
    UUID submitDossier(String member, UUID call, UUID investigator) {
        return as(member, () -> {
            UUID dossier = dossiers.startDossier(call);
            dossiers.saveDossier(
                    dossier,
                    dossiers.dossier(dossier).version(),
                    new DossierData(
                            investigator,
                            List.of(),
                            List.of(),
                            "Giống chịu mặn 4‰, năng suất từ 25 tấn/ha.",
                            "Lai tạo và khảo nghiệm tại 2 huyện ven biển.",
                            "Khảo nghiệm đồng ruộng có đối chứng.",
                            "18 tháng",
                            18,
                            List.of(new DossierData.Line(
                                    "Thuê khoán chuyên môn", new BigDecimal("800000000"), BigDecimal.ZERO))));
            dossiers.submitDossier(dossier, dossiers.dossier(dossier).version());
            return dossier;
        });
    }

    /** Part 2 hears of the approval after the approving transaction commits, on another thread. */
    void awaitExecutionRecord(UUID task) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                executions.task(actor(Role.STAFF, null), task);
                return;
            } catch (DomainException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("TaskApproved was not handled");
    }
}

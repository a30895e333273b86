package vn.doimoi.projects.councils;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.execution.TaskExecutionsTests;
import vn.doimoi.projects.rules.CouncilRole;

/** A task brought to acceptance and experts from the directory, for the acceptance council's tests. */
final class AcceptanceFixture {

    static final CouncilRole[] FIVE_SEATS = {
        CouncilRole.CHAIR, CouncilRole.REVIEWER, CouncilRole.REVIEWER, CouncilRole.SECRETARY, CouncilRole.MEMBER
    };

    private final TaskExecutions executions;
    private final Directory directory;
    private final CurrentUser staff;

    AcceptanceFixture(TaskExecutions executions, Directory directory, CurrentUser staff) {
        this.executions = executions;
        this.directory = directory;
        this.staff = staff;
    }

    /** Five seats, in the order of the people given. */
    static Map<UUID, CouncilRole> seats(List<UUID> people) {
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        for (int i = 0; i < FIVE_SEATS.length; i++) {
            seats.put(people.get(i), FIVE_SEATS[i]);
        }
        return seats;
    }

    /** Experts who accept review work, at the organisation given or none. */
    List<UUID> experts(int count, @Nullable UUID organisation) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return IntStream.range(0, count)
                .mapToObj(i -> directory.ensureExpert(
                        "Chuyên gia " + suffix + " " + i,
                        Degree.TS,
                        "Nghiên cứu viên",
                        organisation,
                        Set.of("401"),
                        "Công nghệ sau thu hoạch",
                        null))
                .toList();
    }

    /** A directory expert linked to this account, outside the host. */
    UUID linkedExpert(String username) {
        return directory.ensureExpert(
                "Chuyên gia " + username, Degree.TS, "Nghiên cứu viên", null, Set.of("401"), "Vi sinh vật", username);
    }

    /** A task of the host whose contract ran and whose acceptance dossier was sent. */
    TaskApproved underAcceptance(UUID host) {
        TaskApproved approved = TaskExecutionsTests.approved(host, UUID.randomUUID(), UUID.randomUUID());
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        SignedTasks.sign(
                executions,
                staff,
                task,
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(11));
        executions.submitAcceptance(
                TaskExecutionsTests.member(host),
                task,
                "Báo cáo tổng hợp",
                "Báo cáo tóm tắt",
                "Báo cáo tài chính",
                "Tự đánh giá: Đạt",
                List.of(),
                SignedTasks.CONTRIBUTIONS);
        return approved;
    }
}

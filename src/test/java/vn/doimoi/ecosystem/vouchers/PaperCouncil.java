package vn.doimoi.ecosystem.vouchers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewRole;

/**
 * A support programme's review council run on paper through the council engine's public API: STAFF
 * seat five directory experts (the HT rule version asks five at least), record their signed
 * declarations, start the meeting, type their sheets and conclude.
 */
@Component
public class PaperCouncil {

    private final TestUsers users;
    private final Directory directory;
    private final ReviewCouncils councils;

    PaperCouncil(TestUsers users, Directory directory, ReviewCouncils councils) {
        this.users = users;
        this.directory = directory;
        this.councils = councils;
    }

    /** The council concludes with each application given the marks beside it by every member. */
    public void scores(String staff, UUID council, Map<UUID, Map<String, Integer>> marks) {
        List<UUID> experts = List.of(expert(), expert(), expert(), expert(), expert());
        seatAndStart(staff, council, experts);
        experts.forEach(p -> marks.forEach((item, sheet) -> councils.scoreOnPaper(council, p, item, sheet, null)));
        councils.conclude(council, councils.council(council).version());
        SecurityContextHolder.clearContext();
    }

    /** STAFF seat the experts as chair, reviewer, secretary and members, take their paper declarations, start. */
    void seatAndStart(String staff, UUID council, List<UUID> experts) {
        signInAs(staff);
        Map<UUID, ReviewRole> seats = new LinkedHashMap<>();
        seats.put(experts.get(0), ReviewRole.CHAIR);
        seats.put(experts.get(1), ReviewRole.REVIEWER);
        seats.put(experts.get(2), ReviewRole.SECRETARY);
        for (UUID member : experts.subList(3, experts.size())) {
            seats.put(member, ReviewRole.MEMBER);
        }
        councils.seat(council, councils.council(council).version(), seats);
        experts.forEach(p -> councils.declareOnPaper(council, p));
        councils.start(council, councils.council(council).version(), Set.copyOf(experts));
    }

    public static Map<String, Integer> marks(int need, int feasibility, int effect) {
        return Map.of("NEED", need, "FEASIBILITY", feasibility, "EFFECT", effect);
    }

    UUID expert() {
        return directory.ensureExpert(
                "Chuyên gia phiếu hỗ trợ " + UUID.randomUUID().toString().substring(0, 8),
                Degree.TS,
                "Giảng viên",
                null,
                Set.of("401"),
                "Quản trị công nghệ",
                null);
    }

    void signInAs(String username) {
        UserDetails principal = users.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}

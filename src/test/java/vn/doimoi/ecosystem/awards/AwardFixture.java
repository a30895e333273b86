package vn.doimoi.ecosystem.awards;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.doimoi.identity.Role;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewRole;

/** Rounds, nominations and councils for the award tests: real accounts, real directory experts, real PDFs. */
@Component
class AwardFixture {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final TestUsers users;
    private final Directory directory;
    private final AwardRounds rounds;
    private final Nominations nominations;
    private final ReviewCouncils councils;

    AwardFixture(
            TestUsers users,
            Directory directory,
            AwardRounds rounds,
            Nominations nominations,
            ReviewCouncils councils) {
        this.users = users;
        this.directory = directory;
        this.rounds = rounds;
        this.nominations = nominations;
        this.councils = councils;
    }

    /** STAFF open a round taking nominations from yesterday to a month from now, in two categories. */
    UUID openRound(String staff, String title) {
        signInAs(staff);
        return rounds.open(new NewRound(
                title,
                TODAY.getYear(),
                TODAY.minusDays(1),
                TODAY.plusDays(30),
                List.of("ENTERPRISE_INNOVATION", "SCIENTIST")));
    }

    /** A member nominates with one evidence file. */
    UUID nominated(String member, UUID round, NewNomination nomination) {
        signInAs(member);
        UUID id = nominations.nominate(round, nomination);
        byte[] pdf = pdf("Minh chung de cu giai thuong");
        nominations.addFile(id, "minh-chung.pdf", new ByteArrayInputStream(pdf), pdf.length);
        return id;
    }

    static NewNomination organisation(String achievement) {
        return new NewNomination(
                "ENTERPRISE_INNOVATION",
                NomineeKind.ORGANISATION,
                "",
                achievement,
                "Dây chuyền sấy mì tiết kiệm 30% năng lượng, ứng dụng tại 12 cơ sở trong tỉnh.");
    }

    static NewNomination person(String name, String achievement) {
        return new NewNomination(
                "SCIENTIST", NomineeKind.PERSON, name, achievement, "Giống mía chịu hạn trồng trên 2.000 ha của tỉnh.");
    }

    /**
     * STAFF seat five paper experts (the award council's rule asks five at least), record their
     * declarations, start and type their sheets: each nomination gets the marks given.
     */
    void councilScores(String staff, UUID council, Map<UUID, Map<String, Integer>> marks) {
        signInAs(staff);
        List<UUID> experts = List.of(expert(), expert(), expert(), expert(), expert());
        Map<UUID, ReviewRole> seats = new LinkedHashMap<>();
        seats.put(experts.get(0), ReviewRole.CHAIR);
        seats.put(experts.get(1), ReviewRole.REVIEWER);
        seats.put(experts.get(2), ReviewRole.SECRETARY);
        seats.put(experts.get(3), ReviewRole.MEMBER);
        seats.put(experts.get(4), ReviewRole.MEMBER);
        councils.seat(council, councils.council(council).version(), seats);
        experts.forEach(p -> councils.declareOnPaper(council, p));
        councils.start(council, councils.council(council).version(), Set.copyOf(experts));
        experts.forEach(p -> marks.forEach((item, sheet) -> councils.scoreOnPaper(council, p, item, sheet, null)));
        councils.conclude(council, councils.council(council).version());
    }

    static Map<String, Integer> marks(int value, int impact, int application) {
        return Map.of("SCIENTIFIC_VALUE", value, "IMPACT", impact, "APPLICATION", application);
    }

    /** A round taken to its decision with one organisation awarded; answers the nomination. */
    UUID awarded(String member, String achievement) {
        String staff = users.create(Role.STAFF);
        UUID round = openRound(staff, "Giải thưởng KH&CN " + achievement);
        UUID nomination = nominated(member, round, organisation(achievement));
        signInAs(staff);
        rounds.accept(nomination, nominations.get(nomination).version());
        UUID council = rounds.sendToCouncil(round, rounds.get(round).version(), null);
        councilScores(staff, council, Map.of(nomination, marks(35, 35, 18)));
        signInAs(staff);
        rounds.decide(round, rounds.get(round).version(), new AwardDecision("88/QĐ-UBND", TODAY, "Trần Văn Tỉnh"));
        SecurityContextHolder.clearContext();
        return nomination;
    }

    private UUID expert() {
        return directory.ensureExpert(
                "Chuyên gia giải thưởng " + UUID.randomUUID().toString().substring(0, 8),
                Degree.TS,
                "Giảng viên",
                null,
                Set.of("401"),
                "Nông nghiệp",
                null);
    }

    void signInAs(String username) {
        UserDetails principal = users.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}

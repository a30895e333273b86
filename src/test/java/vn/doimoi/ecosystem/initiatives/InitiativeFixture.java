package vn.doimoi.ecosystem.initiatives;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;

/** Authors, experts and declarations for the initiative tests: real accounts, real directory people. */
@Component
class InitiativeFixture {

    private final TestUsers users;
    private final Directory directory;
    private final Initiatives initiatives;
    private final vn.doimoi.projects.ReviewCouncils councils;

    InitiativeFixture(
            TestUsers users, Directory directory, Initiatives initiatives, vn.doimoi.projects.ReviewCouncils councils) {
        this.users = users;
        this.directory = directory;
        this.initiatives = initiatives;
        this.councils = councils;
    }

    /**
     * A declaration of the author's taken through its council by STAFF: three experts without accounts,
     * their signed paper declarations and sheets typed by STAFF, and the recognition decision.
     */
    UUID recognised(String author, String title) {
        UUID id = declared(author, title);
        signInAs(users.create(vn.doimoi.identity.Role.STAFF));
        initiatives.accept(id, initiatives.get(id).version());
        UUID council = initiatives.sendToCouncil(id, initiatives.get(id).version(), null);
        List<UUID> experts = List.of(paperExpert(), paperExpert(), paperExpert());
        java.util.Map<UUID, vn.doimoi.projects.ReviewRole> seats = new java.util.LinkedHashMap<>();
        seats.put(experts.get(0), vn.doimoi.projects.ReviewRole.CHAIR);
        seats.put(experts.get(1), vn.doimoi.projects.ReviewRole.REVIEWER);
        seats.put(experts.get(2), vn.doimoi.projects.ReviewRole.SECRETARY);
        councils.seat(council, councils.council(council).version(), seats);
        experts.forEach(p -> councils.declareOnPaper(council, p));
        councils.start(council, councils.council(council).version(), Set.copyOf(experts));
        experts.forEach(p -> councils.scoreOnPaper(
                council, p, id, java.util.Map.of("NOVELTY", 25, "APPLICATION", 30, "BENEFIT", 30), null));
        councils.conclude(council, councils.council(council).version());
        initiatives.recognise(
                id,
                initiatives.get(id).version(),
                new Decision("77/QĐ-UBND", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), "Nguyễn Văn Ký"));
        SecurityContextHolder.clearContext();
        return id;
    }

    private UUID paperExpert() {
        return directory.ensureExpert(
                "Chuyên gia giấy " + UUID.randomUUID().toString().substring(0, 8),
                Degree.TS,
                "Giảng viên",
                null,
                Set.of("401"),
                "Thủy lợi",
                null);
    }

    static Declaration declaration(String title) {
        return new Declaration(
                title,
                "Nông nghiệp",
                "Thay bơm tưới nhỏ giọt theo độ ẩm đất cho vườn sầu riêng.",
                "Các hợp tác xã trồng sầu riêng của tỉnh",
                LocalDate.of(2025, 3, 1),
                new BigDecimal("120000000"),
                "Giảm 30% lượng nước tưới",
                70,
                List.of(new CoAuthor("Trần Thị Đồng", 30)));
    }

    /** Signs the user in for service calls on this thread. */
    void signInAs(String username) {
        UserDetails principal = users.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    /** A declaration of the author's with one evidence file (a real PDF). */
    UUID declared(String author, String title) {
        signInAs(author);
        UUID id = initiatives.declare("Nguyễn Văn Tác", declaration(title));
        byte[] pdf = evidencePdf();
        initiatives.addEvidence(id, "bien-ban-ap-dung.pdf", new ByteArrayInputStream(pdf), pdf.length);
        return id;
    }

    /** An expert of the directory linked to a new EXPERT account, at the organisation given or none. */
    Expert expert(UUID organisation) {
        String username = users.create(vn.doimoi.identity.Role.EXPERT);
        UUID person = directory.ensureExpert(
                "Chuyên gia " + username, Degree.TS, "Giảng viên", organisation, Set.of("401"), "Thủy lợi", username);
        return new Expert(username, person);
    }

    record Expert(String username, UUID personId) {}

    static byte[] evidencePdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Bien ban ap dung sang kien"));
        document.close();
        return out.toByteArray();
    }

    static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

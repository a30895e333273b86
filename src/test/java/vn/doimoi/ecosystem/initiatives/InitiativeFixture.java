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

    InitiativeFixture(TestUsers users, Directory directory, Initiatives initiatives) {
        this.users = users;
        this.directory = directory;
        this.initiatives = initiatives;
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

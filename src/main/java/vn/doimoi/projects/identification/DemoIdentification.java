package vn.doimoi.projects.identification;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Notifications;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.MemberView;
import vn.doimoi.projects.councils.SheetEntry;
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.proposals.ProposalRepository;
import vn.doimoi.projects.proposals.Proposals;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.selection.CallData;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DemoSelection;
import vn.doimoi.projects.selection.DossierRepository;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.SelectionViews;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.projects.support.ProjectFiles;
import vn.doimoi.projects.tasks.TaskRepository;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Demo data (profile {@code demo}) for stages 1–3, through the real services with a clock set to
 * each step's date: proposals for 2027 from several organisations, the 2027 identification round
 * with its council (the member from a proposing enterprise excluded automatically, paper sheets
 * entered by the secretary), the outcome of each proposal, the province's decision approving the
 * ordered list (a generated PDF), and one call drafted from it for STAFF to complete and open.
 * One more proposal waits for next year's round. Names and figures are illustrative.
 */
@Component
@Profile("demo")
@Order(41)
class DemoIdentification implements ApplicationRunner {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RoundRepository rounds;
    private final ProposalRepository proposalRepository;
    private final Identification identification;
    private final IdentificationRounds identificationRounds;
    private final Councils councils;
    private final OrderedLists orderedLists;
    private final Proposals proposals;
    private final Directory directory;
    private final AuditLog audit;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final DemoSelection.MovableClock clock = new DemoSelection.MovableClock();

    DemoIdentification(
            RoundRepository rounds,
            OrderedListRepository lists,
            ProposalRepository proposalRepository,
            Councils councils,
            Notices notices,
            CallRepository calls,
            DossierRepository dossiers,
            TaskRepository tasks,
            ProjectFiles files,
            RuleSets ruleSets,
            Directory directory,
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            AuditLog audit,
            UserDetailsService users,
            PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.proposalRepository = proposalRepository;
        this.directory = directory;
        this.audit = audit;
        this.users = users;
        this.tx = new TransactionTemplate(transactions);
        // the demo's own clock dates rounds and calls in the past; the council engine is the application's
        this.councils = councils;
        this.identification =
                new Identification(rounds, lists, proposalRepository, councils, accounts, notices, audit, clock);
        this.identificationRounds =
                new IdentificationRounds(rounds, lists, proposalRepository, councils, ruleSets, directory, accounts);
        this.orderedLists = new OrderedLists(lists, rounds, files, accounts, messages, audit, clock);
        Selection selection = new Selection(
                calls, dossiers, tasks, councils, new SelectionViews(calls, directory, clock), accounts, audit, clock);
        this.proposals = new Proposals(proposalRepository, selection, orderedLists, directory, accounts, audit, clock);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rounds.count() > 0) {
            return;
        }
        try {
            walkThe2027Round();
        } finally {
            SecurityContextHolder.clearContext();
            clock.set(null);
        }
    }

    private void walkThe2027Round() {
        // 1. proposals (phiếu đề xuất đặt hàng), August 2026
        at(LocalDate.of(2026, 8, 5), 9);
        UUID straw = as(
                "doanhnghiep",
                () -> proposals.submit(
                        "Sản xuất phân bón hữu cơ vi sinh từ phụ phẩm thanh long",
                        "Mỗi năm hơn 100.000 tấn cành thanh long bị thải bỏ, gây ô nhiễm và lây lan bệnh đốm trắng.",
                        "Tận dụng tối thiểu 30% phụ phẩm cành thanh long của vùng thí điểm làm phân bón hữu cơ.",
                        "Quy trình ủ phân; 50 tấn phân bón hữu cơ vi sinh đạt QCVN.",
                        "Hợp tác xã Thanh long Châu Thành",
                        new BigDecimal("1500000000"),
                        PriorityArea.CIRCULAR_GREEN_ECONOMY));
        UUID salinity = proposed(
                "Trường Đại học Kinh tế Công nghiệp Long An",
                "Hệ thống cảnh báo xâm nhập mặn theo thời gian thực cho vùng trồng lúa ven sông Vàm Cỏ",
                "Xâm nhập mặn mùa khô gây thiệt hại hàng nghìn héc-ta lúa; nông dân thiếu thông tin kịp thời.",
                "Cảnh báo độ mặn trước ít nhất 48 giờ cho 20 trạm quan trắc.",
                "Mạng cảm biến độ mặn; phần mềm cảnh báo qua tin nhắn.",
                "Chi cục Thủy lợi tỉnh",
                new BigDecimal("1800000000"),
                PriorityArea.DIGITAL_TRANSFORMATION);
        UUID clinic = proposed(
                "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
                "Ứng dụng trí tuệ nhân tạo hỗ trợ sàng lọc bệnh võng mạc đái tháo đường tại trạm y tế xã",
                "Tỷ lệ người bệnh đái tháo đường được khám mắt định kỳ còn thấp ở tuyến xã.",
                "Sàng lọc được cho 5.000 người bệnh tại 10 trạm y tế.",
                "Phần mềm sàng lọc; quy trình khám tại trạm y tế.",
                "Sở Y tế",
                new BigDecimal("2000000000"),
                PriorityArea.HEALTH);
        proposed(
                "Trường Đại học Kinh tế Công nghiệp Long An",
                "Mô hình điện mặt trời áp mái kết hợp lưu trữ cho hợp tác xã chế biến nông sản",
                "Chi phí điện chiếm tỷ trọng lớn trong giá thành sơ chế nông sản.",
                "Giảm 40% chi phí điện của hợp tác xã thí điểm.",
                "Hệ thống 50 kWp có lưu trữ; báo cáo hiệu quả kinh tế.",
                "Hợp tác xã Nông nghiệp Tân Thành",
                new BigDecimal("1400000000"),
                PriorityArea.GREEN_ENERGY);

        // 2. the identification round and its council, September 2026
        at(LocalDate.of(2026, 9, 1), 9);
        UUID round = as("canbo", () -> {
            UUID id = identification.createRound(2027, "Xác định nhiệm vụ KH&CN cấp tỉnh đặt hàng năm 2027");
            identification.addProposals(id, identificationRounds.round(id).version(), List.of(straw, salinity, clinic));
            identification.formCouncil(
                    id, identificationRounds.round(id).version(), "Quyết định số 512/QĐ-SKHCN ngày 01/9/2026");
            return id;
        });
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        CouncilRole[] roles = {
            CouncilRole.CHAIR,
            CouncilRole.VICE_CHAIR,
            CouncilRole.REVIEWER,
            CouncilRole.REVIEWER,
            CouncilRole.SECRETARY,
            CouncilRole.MEMBER,
            CouncilRole.MEMBER,
            CouncilRole.MEMBER,
            CouncilRole.MEMBER
        };
        // the last two work at proposing organisations (Mộc Hoá Agritech, DLA): excluded automatically
        List<String> names = List.of(
                "Phạm Minh Tuấn",
                "Đặng Thị Thu Hà",
                "Lương Văn Sơn",
                "Võ Thanh Hải",
                "Bùi Đức Long",
                "Trần Quốc Việt",
                "Huỳnh Thị Kim Loan",
                "Nguyễn Thị Mỹ Duyên",
                "Lê Văn Hoà");
        for (int i = 0; i < names.size(); i++) {
            UUID person = personNamed(names.get(i));
            if (person != null) {
                seats.put(person, roles[i]);
            }
        }
        as("canbo", () -> {
            councils.seat(
                    identificationRounds.councilOf(round),
                    identificationRounds.round(round).councilVersion(),
                    seats);
            return null;
        });

        // 3. the meeting: signed declarations and paper sheets entered by the secretary
        at(LocalDate.of(2026, 9, 15), 8);
        Set<UUID> present = new HashSet<>();
        as("canbo", () -> {
            for (MemberView member : identificationRounds.round(round).members()) {
                if (!member.excluded()) {
                    councils.declareOnPaper(identificationRounds.councilOf(round), member.personId());
                    present.add(member.personId());
                }
            }
            councils.start(
                    identificationRounds.councilOf(round),
                    identificationRounds.round(round).councilVersion(),
                    present);
            int n = 0;
            for (UUID person : present) {
                int shift = n++ % 3;
                councils.scoreOnPaper(
                        identificationRounds.councilOf(round),
                        person,
                        straw,
                        new SheetEntry(marks(21 + shift, 17, 16, 22, 7), true, "Cấp thiết, có địa chỉ ứng dụng."));
                councils.scoreOnPaper(
                        identificationRounds.councilOf(round),
                        person,
                        salinity,
                        new SheetEntry(marks(22, 16 + shift, 17, 21, 6), true, "Khả thi, cần liên kết dữ liệu."));
                councils.scoreOnPaper(
                        identificationRounds.councilOf(round),
                        person,
                        clinic,
                        new SheetEntry(
                                marks(15, 9, 8 + shift, 12, 3), n % 3 == 0, "Trùng một phần với dự án của Bộ Y tế."));
            }
            identification.fixOutcome(
                    round,
                    identificationRounds.round(round).version(),
                    straw,
                    "Nghiên cứu sản xuất phân bón hữu cơ vi sinh từ phụ phẩm cành thanh long tại huyện Châu Thành",
                    "Xây dựng quy trình và sản xuất thử phân bón hữu cơ vi sinh từ cành thanh long, tận dụng ≥ 30%"
                            + " phụ phẩm của vùng thí điểm.",
                    SelectionMethod.COMPETITION,
                    List.of(
                            new CallData.Product(
                                    null,
                                    "Phân bón hữu cơ vi sinh",
                                    "50 tấn",
                                    List.of(
                                            new ProductSpec("Hàm lượng chất hữu cơ", "%", "≥ 20"),
                                            new ProductSpec("Mật độ vi sinh vật có ích", "CFU/g", "≥ 10⁶"))),
                            new CallData.Product(
                                    null,
                                    "Quy trình ủ phân từ cành thanh long",
                                    "01 quy trình",
                                    List.of(new ProductSpec("Thời gian ủ", "ngày", "≤ 45")))));
            identification.fixOutcome(
                    round,
                    identificationRounds.round(round).version(),
                    salinity,
                    "Xây dựng hệ thống cảnh báo xâm nhập mặn thời gian thực cho vùng lúa ven sông Vàm Cỏ",
                    "Cảnh báo độ mặn trước ít nhất 48 giờ tại 20 điểm quan trắc, phục vụ vận hành cống và lịch xuống"
                            + " giống.",
                    SelectionMethod.DIRECT_ASSIGNMENT,
                    List.of(new CallData.Product(
                            null,
                            "Hệ thống quan trắc và cảnh báo độ mặn",
                            "01 hệ thống, 20 trạm",
                            List.of(
                                    new ProductSpec("Sai số đo độ mặn", "‰", "≤ 0,2"),
                                    new ProductSpec("Thời gian cảnh báo trước", "giờ", "≥ 48")))));
            identification.conclude(round, identificationRounds.round(round).version());
            return null;
        });

        // 4. the province approves the ordered list, October 2026
        at(LocalDate.of(2026, 10, 20), 14);
        as("canbo", () -> {
            orderedLists.approveOrderedList(
                    round,
                    identificationRounds.round(round).orderedList().version(),
                    "3120/QĐ-UBND",
                    LocalDate.of(2026, 10, 20),
                    "Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm",
                    "QD-3120-UBND-danh-muc-dat-hang-2027.pdf",
                    decisionPdf());
            return null;
        });

        // 5. STAFF drafts the call of the first ordered task; it waits in draft to be completed and opened
        at(LocalDate.of(2026, 11, 2), 9);
        LocalDate deadline = LocalDate.now(VIETNAM).plusDays(45);
        as(
                "canbo",
                () -> proposals.order(
                        straw, proposalRepository.findById(straw).orElseThrow().version(), deadline));
    }

    /** A proposal of an organisation without a demo account, as STAFF received it on paper. */
    private UUID proposed(
            String organisation,
            String title,
            String problem,
            String objectives,
            String products,
            String adopter,
            BigDecimal budget,
            PriorityArea area) {
        UUID org = directory.organisations().stream()
                .filter(o -> o.name().equals(organisation))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseGet(() -> directory.ensureAgency(organisation, null, "Tây Ninh"));
        return tx.execute(status -> {
            Proposal proposal =
                    new Proposal(org, title, problem, objectives, products, adopter, budget, area, clock.instant());
            proposalRepository.save(proposal);
            audit.record(
                    "proposal.submitted", "projects.proposal", proposal.id().toString(), null, proposal.auditState());
            return proposal.id();
        });
    }

    private static Map<String, Integer> marks(
            int urgency, int novelty, int feasibility, int applicability, int resources) {
        return Map.of(
                "URGENCY", urgency,
                "NOVELTY", novelty,
                "FEASIBILITY", feasibility,
                "APPLICABILITY", applicability,
                "RESOURCES", resources);
    }

    private UUID personNamed(String name) {
        return directory.people().stream()
                .filter(p -> p.fullName().equals(name))
                .map(PersonSummary::id)
                .findFirst()
                .orElse(null);
    }

    /** The decision as the province would upload it: a one-page PDF with the approved list. */
    private static byte[] decisionPdf() {
        try (InputStream in = DemoIdentification.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf")) {
            BaseFont base = BaseFont.createFont(
                    "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            Font font = new Font(base, 12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            for (String line : new ArrayList<>(List.of(
                    "ỦY BAN NHÂN DÂN TỈNH — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Số: 3120/QĐ-UBND, ngày 20 tháng 10 năm 2026",
                    "QUYẾT ĐỊNH phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2027",
                    "1. Nghiên cứu sản xuất phân bón hữu cơ vi sinh từ phụ phẩm cành thanh long (tuyển chọn).",
                    "2. Xây dựng hệ thống cảnh báo xâm nhập mặn thời gian thực (giao trực tiếp).",
                    "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH: Nguyễn Minh Lâm (dữ liệu minh họa)"))) {
                document.add(new Paragraph(line, font));
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void at(LocalDate day, int hour) {
        clock.set(LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(VIETNAM).toInstant());
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return tx.execute(status -> work.get());
    }
}

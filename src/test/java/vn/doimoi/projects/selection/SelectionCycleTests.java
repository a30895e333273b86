package vn.doimoi.projects.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.MovableClock;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.person.People;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.SheetEntry;
import vn.doimoi.projects.identification.Identification;
import vn.doimoi.projects.identification.IdentificationRounds;
import vn.doimoi.projects.identification.OrderedListRepository;
import vn.doimoi.projects.identification.OrderedListState;
import vn.doimoi.projects.identification.OrderedLists;
import vn.doimoi.projects.identification.RoundRepository;
import vn.doimoi.projects.identification.RoundViews.RoundView;
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.projects.proposals.ProposalRepository;
import vn.doimoi.projects.proposals.ProposalState;
import vn.doimoi.projects.proposals.Proposals;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.projects.support.ProjectFiles;
import vn.doimoi.projects.tasks.TaskRepository;
import vn.doimoi.projects.tasks.TaskState;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * The whole chain on the real database, through the services as users act: proposal →
 * identification council → ordered list decision → call → dossier → validity → council →
 * scoring → budget appraisal per line → approval → {@link TaskApproved}. The services run on a
 * clock the test moves past the deadline (like the demo data), so the shared context is kept.
 */
@DoimoiSpringTest
class SelectionCycleTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    CallRepository calls;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    Councils councils;

    @Autowired
    Notices notices;

    @Autowired
    TaskRepository tasks;

    @Autowired
    ProposalRepository proposalRepository;

    @Autowired
    RoundRepository rounds;

    @Autowired
    OrderedListRepository lists;

    @Autowired
    ProjectFiles files;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    Directory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    MessageSource messages;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers testUsers;

    @Autowired
    People people;

    @Autowired
    PlatformTransactionManager transactions;

    final MovableClock clock = new MovableClock();
    final List<Object> published = new ArrayList<>();

    @Test
    void aProposalBecomesAnApprovedTaskThroughEveryStageAndPart2IsTold() {
        SelectionViews views = new SelectionViews(calls, directory, clock);
        CallAccess access = new CallAccess(accounts);
        Selection selection = new Selection(calls, dossiers, tasks, councils, views, access, audit, clock);
        Dossiers desk = new Dossiers(dossiers, calls, councils, views, access, notices, audit, clock);
        SelectionCouncil selectionCouncil =
                new SelectionCouncil(councils, calls, dossiers, tasks, access, notices, audit, clock);
        Identification identification =
                new Identification(rounds, lists, proposalRepository, councils, access, notices, audit, clock);
        IdentificationRounds identificationRounds =
                new IdentificationRounds(rounds, lists, proposalRepository, councils, ruleSets, directory, access);
        OrderedLists orderedLists = new OrderedLists(lists, rounds, files, access, messages, audit, clock);
        Proposals proposals =
                new Proposals(proposalRepository, selection, orderedLists, directory, access, audit, clock);
        Approvals approvals = new Approvals(tasks, access, notifications, messages, audit, published::add, clock);
        DossierFiles dossierFiles = new DossierFiles(dossiers, calls, desk, files, directory, access, audit, clock);

        // given a proposing organisation, an applicant with its PI in the directory, STAFF and eight experts,
        // one of whom works at the proposing organisation
        UUID proposer = testUsers.organisation();
        String proposerMember = testUsers.create(Role.ORG_MEMBER, proposer);
        UUID applicant = testUsers.organisation();
        String applicantMember = testUsers.create(Role.ORG_MEMBER, applicant);
        String staff = testUsers.create(Role.STAFF);
        UUID pi = person("Chủ nhiệm Lê Thị Cúc", applicant, null, "Công nghệ sinh học nông nghiệp");
        Map<UUID, String> experts = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            String username = testUsers.create(Role.EXPERT);
            experts.put(person("Chuyên gia " + i + " " + UUID.randomUUID(), null, username, "Nông nghiệp"), username);
        }
        UUID insider = person("Chuyên gia nội bộ " + UUID.randomUUID(), proposer, null, "Nông nghiệp");
        List<UUID> expertIds = List.copyOf(experts.keySet());

        // when the organisation proposes a task
        UUID proposal = as(
                proposerMember,
                () -> proposals.submit(
                        "Ứng dụng chế phẩm vi sinh xử lý rơm rạ",
                        "Đốt rơm rạ gây ô nhiễm",
                        "Giảm 50% diện tích đốt rơm",
                        "Chế phẩm vi sinh; quy trình xử lý",
                        "Hợp tác xã Tân Thành",
                        new BigDecimal("1200000000"),
                        PriorityArea.BIOTECHNOLOGY));

        // and STAFF groups it into a year's round and forms the identification council
        UUID round = as(staff, () -> newRound(identification));
        as(staff, () -> {
            identification.addProposals(round, identificationRounds.round(round).version(), List.of(proposal));
            identification.formCouncil(round, identificationRounds.round(round).version(), "12/QĐ-SKHCN");
            Map<UUID, CouncilRole> seats = new LinkedHashMap<>(roles(expertIds));
            seats.put(insider, CouncilRole.MEMBER);
            councils.seat(
                    identificationRounds.councilOf(round),
                    identificationRounds.round(round).councilVersion(),
                    seats);
            return null;
        });
        RoundView formed = as(staff, () -> identificationRounds.round(round));

        // then the member from the proposing organisation is excluded automatically
        assertThat(formed.members())
                .filteredOn(m -> m.personId().equals(insider))
                .singleElement()
                .satisfies(m -> assertThat(m.excluded()).isTrue());
        // and the meeting cannot start before the members declare no conflict
        assertThatThrownBy(() -> as(staff, () -> {
                    councils.start(
                            identificationRounds.councilOf(round), formed.councilVersion(), Set.copyOf(expertIds));
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .hasMessage("council.error.undeclared");

        // when the members declare, the meeting starts, they score online and the council fixes the outcome
        experts.values()
                .forEach(user -> as(user, () -> {
                    councils.declareNoConflict(identificationRounds.councilOf(round));
                    return null;
                }));
        as(staff, () -> {
            councils.start(
                    identificationRounds.councilOf(round),
                    identificationRounds.round(round).councilVersion(),
                    Set.copyOf(expertIds));
            return null;
        });
        RuleSet idRules = ruleSets.get(formed.rules().id());
        int voter = 0;
        for (String user : experts.values()) {
            boolean recommends = voter++ < 6; // 6 of 7: more than 3/4
            as(user, () -> {
                councils.score(
                        identificationRounds.councilOf(round),
                        proposal,
                        new SheetEntry(marks(idRules, 0.8), recommends, "Cấp thiết"));
                return null;
            });
        }
        ProductSpec spec = new ProductSpec("Mật độ vi sinh vật hữu ích", "CFU/g", "≥ 10⁸");
        as(staff, () -> {
            identification.fixOutcome(
                    round,
                    identificationRounds.round(round).version(),
                    proposal,
                    "Nghiên cứu sản xuất chế phẩm vi sinh xử lý rơm rạ tại ruộng",
                    "Giảm 50% diện tích đốt rơm tại vùng thí điểm",
                    SelectionMethod.COMPETITION,
                    List.of(new CallData.Product(null, "Chế phẩm vi sinh", "5 tấn", List.of(spec))));
            identification.conclude(round, identificationRounds.round(round).version());
            return null;
        });
        RoundView concluded = as(staff, () -> identificationRounds.round(round));

        // then the proposal is recommended with its votes, and a draft ordered list waits for the province
        assertThat(concluded.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.recommended()).isTrue();
            assertThat(o.votesFor()).isEqualTo(6);
            assertThat(o.votesCast()).isEqualTo(7);
            assertThat(o.proposalState()).isEqualTo(ProposalState.SHORTLISTED);
        });
        assertThat(concluded.orderedList().state()).isEqualTo(OrderedListState.DRAFT);

        // and no call can be drafted before the ordered list is approved
        LocalDate deadline = LocalDate.now(clock.withZone(VIETNAM)).plusDays(20);
        assertThatThrownBy(() -> as(
                        staff,
                        () -> proposals.order(
                                proposal,
                                proposalRepository
                                        .findById(proposal)
                                        .orElseThrow()
                                        .version(),
                                deadline)))
                .isInstanceOf(DomainException.class)
                .hasMessage("identification.list.error.notApproved");
        // nor can the decision be recorded with a file that is not a PDF
        assertThatThrownBy(() -> as(staff, () -> {
                    orderedLists.approveOrderedList(
                            round,
                            concluded.orderedList().version(),
                            "2345/QĐ-UBND",
                            LocalDate.now(clock.withZone(VIETNAM)),
                            "Phó Chủ tịch UBND tỉnh",
                            "qd.pdf",
                            "<html>giả mạo</html>".getBytes(StandardCharsets.UTF_8));
                    return null;
                }))
                .hasMessage("task.file.error.type");

        // when STAFF records the decision with its PDF and drafts, completes and opens the call
        UUID call = as(staff, () -> {
            orderedLists.approveOrderedList(
                    round,
                    concluded.orderedList().version(),
                    "2345/QĐ-UBND",
                    LocalDate.now(clock.withZone(VIETNAM)),
                    "Phó Chủ tịch UBND tỉnh",
                    "qd-2345.pdf",
                    "%PDF-1.4\n% quyết định phê duyệt danh mục\n".getBytes(StandardCharsets.US_ASCII));
            UUID id = proposals.order(
                    proposal,
                    proposalRepository.findById(proposal).orElseThrow().version(),
                    deadline);
            return id;
        });
        Views.CallView drafted = as(staff, () -> selection.call(call));

        // then the call carries the council's outcome and the decision
        assertThat(drafted.title()).isEqualTo("Nghiên cứu sản xuất chế phẩm vi sinh xử lý rơm rạ tại ruộng");
        assertThat(drafted.method()).isEqualTo(SelectionMethod.COMPETITION);
        assertThat(drafted.orderDecision()).contains("2345/QĐ-UBND");
        assertThat(drafted.products().get(0).specs()).containsExactly(spec);
        UUID orderedProductId = drafted.products().get(0).productId();

        as(staff, () -> {
            new CallDrafts(calls, directory, new CallAccess(accounts), audit)
                    .update(
                            call,
                            drafted.version(),
                            new CallData(
                                    drafted.title(),
                                    drafted.type(),
                                    drafted.method(),
                                    drafted.objectives(),
                                    "Tổ chức KH&CN có tư cách pháp nhân tại tỉnh",
                                    drafted.requiredForms(),
                                    List.of(),
                                    null,
                                    new BigDecimal("1000000000"),
                                    18,
                                    deadline,
                                    drafted.orderDecision(),
                                    List.of(new CallData.Product(
                                            orderedProductId, "Chế phẩm vi sinh", "5 tấn", List.of(spec)))));
            selection.openCall(call, selection.call(call).version());
            return null;
        });
        assertThatThrownBy(() -> as(staff, () -> {
                    new CallDrafts(calls, directory, new CallAccess(accounts), audit)
                            .update(call, selection.call(call).version(), callDataOf(selection.call(call)));
                    return null;
                }))
                .hasMessage("call.error.transition");

        // when the applicant fills the dossier with its PI from the directory, attaches a partner's
        // confirmation and submits
        UUID dossier = as(applicantMember, () -> desk.startDossier(call));
        String receipt = as(applicantMember, () -> {
            desk.saveDossier(
                    dossier,
                    desk.dossier(dossier).version(),
                    new DossierData(
                            pi,
                            List.of(),
                            List.of(),
                            "Giảm 50% diện tích đốt rơm",
                            "Phân lập, tuyển chọn chủng vi sinh; sản xuất thử; thử nghiệm tại ruộng",
                            "Thực nghiệm đồng ruộng",
                            "18 tháng",
                            18,
                            List.of(
                                    new DossierData.Line(
                                            "Thuê khoán chuyên môn", new BigDecimal("600000000"), BigDecimal.ZERO),
                                    new DossierData.Line(
                                            "Nguyên vật liệu",
                                            new BigDecimal("300000000"),
                                            new BigDecimal("150000000")))));
            dossierFiles.attach(
                    dossier,
                    desk.dossier(dossier).version(),
                    DossierFileKind.PARTNER_CONFIRMATION,
                    "xac-nhan-phoi-hop.pdf",
                    "%PDF-1.4\n% xác nhận phối hợp của HTX Tân Thành\n".getBytes(StandardCharsets.UTF_8));
            return desk.submitDossier(dossier, desk.dossier(dossier).version());
        });

        // then the receipt's hash seals the file too, and the dossier shows the PI's CV from the directory
        assertThat(receipt).hasSize(64);
        assertThat(as(applicantMember, () -> dossierFiles.attachments(dossier)))
                .singleElement()
                .satisfies(f -> assertThat(f.sha256()).hasSize(64));
        DossierFiles.Team team = as(applicantMember, () -> dossierFiles.team(desk.dossier(dossier)));
        assertThat(team.principalInvestigator().expertise()).isEqualTo("Công nghệ sinh học nông nghiệp");

        // when the deadline passes, STAFF closes the call, opens the dossiers and forms the selection council
        clock.setOffset(Duration.ofDays(21));
        UUID council = as(staff, () -> {
            selection.closeCall(call, selection.call(call).version());
            selection.openDossiers(call, selection.call(call).version(), "Biên bản mở hồ sơ", Map.of());
            UUID id = selectionCouncil.createCouncil(call, "45/QĐ-SKHCN");
            councils.seat(id, selectionCouncil.council(id).version(), roles(expertIds));
            return id;
        });
        assertThat(as(staff, () -> desk.dossier(dossier)).state()).isEqualTo(DossierState.VALID);

        // and the members declare, meet and score
        experts.values()
                .forEach(user -> as(user, () -> {
                    councils.declareNoConflict(council);
                    return null;
                }));
        as(staff, () -> {
            councils.start(council, selectionCouncil.council(council).version(), Set.copyOf(expertIds));
            return null;
        });
        RuleSet selectionRules = ruleSets.get(drafted.ruleSetId());
        experts.values()
                .forEach(user -> as(user, () -> {
                    councils.score(council, dossier, SheetEntry.of(marks(selectionRules, 0.85), "Đạt"));
                    return null;
                }));
        UUID task = as(
                staff,
                () -> selectionCouncil.conclude(
                        council, selectionCouncil.council(council).version()));

        // when the appraisal group adjusts each budget line and STAFF records the approval decision
        as(staff, () -> {
            Views.TaskView selected = selection.task(task);
            approvals.appraiseLines(
                    task,
                    selected.version(),
                    List.of(
                            new LineAdjustment(0, new BigDecimal("550000000"), BigDecimal.ZERO, "Giảm theo định mức"),
                            new LineAdjustment(1, new BigDecimal("300000000"), new BigDecimal("150000000"), null)),
                    "Tổ thẩm định họp ngày 20/12");
            approvals.approve(
                    task,
                    selection.task(task).version(),
                    "2500/QĐ-UBND",
                    LocalDate.now(clock.withZone(VIETNAM)),
                    "Phó Chủ tịch UBND tỉnh");
            return null;
        });

        // then the task is approved with the sum of the appraised lines, and TaskApproved carries the ordered product
        Views.TaskView approved = as(staff, () -> selection.task(task));
        assertThat(approved.state()).isEqualTo(TaskState.APPROVED);
        assertThat(approved.stateBudget()).isEqualByComparingTo("850000000");
        assertThat(approved.otherBudget()).isEqualByComparingTo("150000000");
        assertThat(approved.budgetLines().get(0).reason()).isEqualTo("Giảm theo định mức");
        assertThat(published).singleElement().isInstanceOfSatisfying(TaskApproved.class, event -> {
            assertThat(event.taskId()).isEqualTo(task);
            assertThat(event.hostOrganisationId()).isEqualTo(applicant);
            assertThat(event.stateBudget()).isEqualByComparingTo("850000000");
            assertThat(event.products().get(0).productId()).isEqualTo(orderedProductId);
            assertThat(event.products().get(0).specs()).containsExactly(spec);
        });
    }

    private UUID newRound(Identification identification) {
        for (int attempt = 0; ; attempt++) {
            int year = 2030 + ThreadLocalRandom.current().nextInt(70);
            try {
                return identification.createRound(year, "Xác định nhiệm vụ năm " + year);
            } catch (DomainException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    private static CallData callDataOf(Views.CallView call) {
        return new CallData(
                call.title(),
                call.type(),
                call.method(),
                call.objectives(),
                call.eligibility(),
                call.requiredForms(),
                call.fieldCodes(),
                null,
                call.budgetCeiling(),
                call.durationMonths(),
                call.deadlineOn(),
                call.orderDecision(),
                List.of());
    }

    private static Map<UUID, CouncilRole> roles(List<UUID> experts) {
        List<CouncilRole> roles = List.of(
                CouncilRole.CHAIR,
                CouncilRole.VICE_CHAIR,
                CouncilRole.REVIEWER,
                CouncilRole.REVIEWER,
                CouncilRole.SECRETARY,
                CouncilRole.MEMBER,
                CouncilRole.MEMBER);
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            seats.put(experts.get(i), roles.get(i));
        }
        return seats;
    }

    private static Map<String, Integer> marks(RuleSet rules, double share) {
        Map<String, Integer> marks = new HashMap<>();
        for (RuleSet.Criterion criterion : rules.scoring().criteria()) {
            marks.put(criterion.code(), (int) Math.round(criterion.max() * share));
        }
        return marks;
    }

    private UUID person(String name, UUID organisation, String username, String expertise) {
        return people.create(
                new PersonData(
                        name,
                        null,
                        Degree.TS,
                        "Nghiên cứu viên",
                        organisation,
                        null,
                        null,
                        Set.of(),
                        expertise,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null),
                username);
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            // one transaction per user action, as the services' proxies would open
            return new TransactionTemplate(transactions).execute(status -> work.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

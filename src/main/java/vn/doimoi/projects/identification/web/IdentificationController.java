package vn.doimoi.projects.identification.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.web.AttendanceForm;
import vn.doimoi.projects.councils.web.CouncilSteps;
import vn.doimoi.projects.councils.web.SeatsForm;
import vn.doimoi.projects.councils.web.SheetForm;
import vn.doimoi.projects.identification.Identification;
import vn.doimoi.projects.identification.IdentificationRounds;
import vn.doimoi.projects.identification.OrderedLists;
import vn.doimoi.projects.identification.RoundViews.RoundView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * Identification rounds (stage 2) and the ordered list's decision (stage 3): STAFF groups
 * proposals, forms the council, runs the meeting, fixes the outcomes and records the decision;
 * seated members declare and score on the same round page.
 */
@Controller
class IdentificationController {

    static final int PAGE_SIZE = 50;

    private final Identification identification;
    private final IdentificationRounds rounds;
    private final Councils councils;
    private final OrderedLists orderedLists;
    private final Accounts accounts;
    private final CouncilSteps steps;

    IdentificationController(
            Identification identification,
            IdentificationRounds rounds,
            Councils councils,
            OrderedLists orderedLists,
            Accounts accounts,
            CouncilSteps steps) {
        this.identification = identification;
        this.rounds = rounds;
        this.councils = councils;
        this.orderedLists = orderedLists;
        this.accounts = accounts;
        this.steps = steps;
    }

    @GetMapping("/staff/tasks/rounds")
    String rounds(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("rounds", PageOf.slice(rounds.rounds(), paging));
        return "projects/rounds";
    }

    @PostMapping("/staff/tasks/rounds")
    String create(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String title,
            RedirectAttributes redirect) {
        try {
            UUID id = identification.createRound(year == null ? 0 : year, title.strip());
            return PostRedirectGet.done(redirect, "/identification/" + id, "identification.created");
        } catch (DomainException e) {
            PostRedirectGet.problem(redirect, e);
            return PostRedirectGet.redirect("/staff/tasks/rounds");
        }
    }

    /** The round: STAFF runs it, a seated member declares and scores. */
    @GetMapping("/identification/{id}")
    String round(@PathVariable UUID id, Model model) {
        RoundView round = rounds.round(id);
        boolean staff = staff();
        model.addAttribute("round", round);
        model.addAttribute("staff", staff);
        model.addAttribute(
                "candidates",
                staff && round.councilState() == CouncilState.FORMING
                        ? councils.candidates(round.councilId())
                        : List.of());
        model.addAttribute("ungrouped", staff && round.councilId() == null ? rounds.ungrouped() : List.of());
        return "projects/round";
    }

    @GetMapping("/identification")
    String mine(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("rounds", PageOf.slice(rounds.myRounds(), paging));
        return "projects/my-rounds";
    }

    @PostMapping("/staff/tasks/rounds/{id}/proposals")
    String group(
            @PathVariable UUID id,
            @RequestParam(name = "proposalIds", required = false) @Nullable List<UUID> proposalIds,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "identification.grouped",
                () -> identification.addProposals(id, version, proposalIds == null ? List.of() : proposalIds));
    }

    @PostMapping("/staff/tasks/rounds/{id}/council")
    String council(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String decisionNumber,
            RedirectAttributes redirect) {
        return act(
                id, redirect, "council.created", () -> identification.formCouncil(id, version, decisionNumber.strip()));
    }

    @PostMapping("/staff/tasks/rounds/{id}/members")
    String seat(@PathVariable UUID id, @ModelAttribute SeatsForm form, RedirectAttributes redirect) {
        return steps.seat(rounds.councilOf(id), form, page(id), redirect);
    }

    @PostMapping("/staff/tasks/rounds/{id}/start")
    String start(@PathVariable UUID id, @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
        return steps.start(rounds.councilOf(id), form, page(id), redirect);
    }

    @PostMapping("/staff/tasks/rounds/{id}/outcomes/{proposalId}")
    String outcome(
            @PathVariable UUID id,
            @PathVariable UUID proposalId,
            @ModelAttribute OutcomeForm form,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "identification.outcomeFixed",
                () -> identification.fixOutcome(
                        id,
                        form.getVersion(),
                        proposalId,
                        form.getTaskName().strip(),
                        form.getObjectives().strip(),
                        form.getMethod(),
                        form.orderedProducts()));
    }

    @PostMapping("/staff/tasks/rounds/{id}/conclude")
    String conclude(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, redirect, "identification.concluded", () -> identification.conclude(id, version));
    }

    @PostMapping("/staff/tasks/rounds/{id}/ordered-list")
    String approveList(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String decisionNumber,
            @RequestParam(required = false) @Nullable LocalDate decisionDate,
            @RequestParam(defaultValue = "") String signer,
            @RequestParam(name = "decisionFile", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, "identification.list.approved", () -> {
            byte[] bytes;
            try {
                bytes = file == null || file.isEmpty() ? null : file.getBytes();
            } catch (IOException e) {
                throw DomainException.invalid("task.file.error.unreadable");
            }
            orderedLists.approveOrderedList(
                    id,
                    version,
                    decisionNumber.strip(),
                    decisionDate,
                    signer.strip(),
                    file == null ? null : file.getOriginalFilename(),
                    bytes);
        });
    }

    @GetMapping("/staff/tasks/rounds/{id}/decision.pdf")
    ResponseEntity<byte[]> decision(@PathVariable UUID id) {
        OrderedLists.DecisionFile file =
                orderedLists.decisionFile(id).orElseThrow(() -> new NotFoundException("decision", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @PostMapping("/identification/{id}/declare")
    String declare(@PathVariable UUID id, RedirectAttributes redirect) {
        return steps.declare(rounds.councilOf(id), page(id), redirect);
    }

    @PostMapping("/identification/{id}/scores/{proposalId}")
    String score(
            @PathVariable UUID id,
            @PathVariable UUID proposalId,
            @ModelAttribute SheetForm sheet,
            RedirectAttributes redirect) {
        return steps.score(rounds.councilOf(id), proposalId, sheet, page(id), redirect);
    }

    @PostMapping("/identification/{id}/conflict")
    String declareConflict(@PathVariable UUID id, RedirectAttributes redirect) {
        return steps.declareConflict(rounds.councilOf(id), page(id), redirect);
    }

    @PostMapping("/staff/tasks/rounds/{id}/paper-declarations")
    String declareOnPaper(@PathVariable UUID id, @ModelAttribute SheetForm paper, RedirectAttributes redirect) {
        return steps.declareOnPaper(rounds.councilOf(id), paper, page(id), redirect);
    }

    @PostMapping("/staff/tasks/rounds/{id}/paper-sheets/{proposalId}")
    String scoreOnPaper(
            @PathVariable UUID id,
            @PathVariable UUID proposalId,
            @ModelAttribute SheetForm paper,
            RedirectAttributes redirect) {
        return steps.scoreOnPaper(rounds.councilOf(id), proposalId, paper, page(id), redirect);
    }

    private boolean staff() {
        return accounts.current().map(CurrentUser::isStaff).orElse(false);
    }

    private static String page(UUID id) {
        return "/identification/" + id;
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        return PostRedirectGet.act(redirect, page(id), notice, action);
    }
}

package vn.doimoi.projects.identification.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.web.SheetForm;
import vn.doimoi.projects.identification.Identification;
import vn.doimoi.projects.identification.IdentificationRounds;
import vn.doimoi.projects.identification.OrderedLists;
import vn.doimoi.projects.identification.RoundViews.RoundView;
import vn.doimoi.projects.selection.CallData;
import vn.doimoi.projects.selection.web.StaffController;
import vn.doimoi.projects.support.web.Forms;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.FormValues;

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
    private final MessageSource messages;

    IdentificationController(
            Identification identification,
            IdentificationRounds rounds,
            Councils councils,
            OrderedLists orderedLists,
            Accounts accounts,
            MessageSource messages) {
        this.identification = identification;
        this.rounds = rounds;
        this.councils = councils;
        this.orderedLists = orderedLists;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/staff/tasks/rounds")
    String rounds(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute("rounds", PageOf.slice(rounds.rounds(), Paging.of(page, size, PAGE_SIZE)));
        return "projects/rounds";
    }

    @PostMapping("/staff/tasks/rounds")
    String create(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        try {
            UUID id = identification.createRound(Forms.integer(params.get("year"), 0), Forms.text(params, "title"));
            redirect.addFlashAttribute("notice", "identification.created");
            return "redirect:/identification/" + id;
        } catch (DomainException e) {
            Forms.problem(redirect, messages, e);
            return "redirect:/staff/tasks/rounds";
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
    String mine(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute("rounds", PageOf.slice(rounds.myRounds(), Paging.of(page, size, PAGE_SIZE)));
        return "projects/my-rounds";
    }

    @PostMapping("/staff/tasks/rounds/{id}/proposals")
    String group(
            @PathVariable UUID id,
            @RequestParam(name = "proposalIds", required = false) List<String> proposalIds,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "identification.grouped",
                () -> identification.addProposals(id, version, Forms.ids(proposalIds)));
    }

    @PostMapping("/staff/tasks/rounds/{id}/council")
    String council(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "council.created",
                () -> identification.formCouncil(
                        id, Forms.integer(params.get("version"), -1), Forms.text(params, "decisionNumber")));
    }

    @PostMapping("/staff/tasks/rounds/{id}/members")
    String seat(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "council.seated",
                () -> councils.seat(
                        rounds.councilOf(id), Forms.integer(params.get("version"), -1), Forms.seats(params)));
    }

    @PostMapping("/staff/tasks/rounds/{id}/start")
    String start(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "council.started",
                () -> councils.start(
                        rounds.councilOf(id), Forms.integer(params.get("version"), -1), Forms.present(params)));
    }

    @PostMapping("/staff/tasks/rounds/{id}/outcomes/{proposalId}")
    String outcome(
            @PathVariable UUID id,
            @PathVariable UUID proposalId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        return act(id, redirect, "identification.outcomeFixed", () -> {
            List<CallData.Product> products = new ArrayList<>();
            for (int i = 0; i < StaffController.PRODUCTS; i++) {
                String name = Forms.text(params, "productName" + i);
                if (!name.isEmpty()) {
                    products.add(new CallData.Product(
                            Forms.id(params.get("productId" + i)),
                            name,
                            Forms.text(params, "productQuantity" + i),
                            Forms.specs(params.get("productSpecs" + i))));
                }
            }
            identification.fixOutcome(
                    id,
                    Forms.integer(params.get("version"), -1),
                    proposalId,
                    Forms.text(params, "taskName"),
                    Forms.text(params, "objectives"),
                    FormValues.choice(
                            SelectionMethod.class, "method", params.get("method"), SelectionMethod.COMPETITION),
                    products);
        });
    }

    @PostMapping("/staff/tasks/rounds/{id}/conclude")
    String conclude(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, redirect, "identification.concluded", () -> identification.conclude(id, version));
    }

    @PostMapping("/staff/tasks/rounds/{id}/ordered-list")
    String approveList(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "decisionFile", required = false) MultipartFile file,
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
                    Forms.integer(params.get("version"), -1),
                    Forms.text(params, "decisionNumber"),
                    Forms.date(params.get("decisionDate")),
                    Forms.text(params, "signer"),
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
        return act(id, redirect, "council.declared", () -> councils.declareNoConflict(rounds.councilOf(id)));
    }

    @PostMapping("/identification/{id}/scores/{proposalId}")
    String score(
            @PathVariable UUID id,
            @PathVariable UUID proposalId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "scoring.saved",
                () -> councils.score(rounds.councilOf(id), proposalId, SheetForm.entry(params)));
    }

    /** A member declares a conflict of interest the data did not show: they are off the council. */
    @PostMapping("/identification/{id}/conflict")
    String declareConflict(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "council.conflictDeclared", () -> councils.declareConflict(rounds.councilOf(id)));
    }

    /** STAFF records a member's signed paper declaration of no conflict. */
    @PostMapping("/staff/tasks/rounds/{id}/paper-declarations")
    String declareOnPaper(
            @PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "council.declaredOnPaper",
                () -> councils.declareOnPaper(rounds.councilOf(id), member(params)));
    }

    /** STAFF types a member's signed paper score sheet and vote. */
    @PostMapping("/staff/tasks/rounds/{id}/paper-sheets/{proposalId}")
    String scoreOnPaper(
            @PathVariable UUID id,
            @PathVariable UUID proposalId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "council.scoredOnPaper",
                () -> councils.scoreOnPaper(rounds.councilOf(id), member(params), proposalId, SheetForm.entry(params)));
    }

    private static UUID member(Map<String, String> params) {
        UUID member = Forms.id(params.get("personId"));
        if (member == null) {
            throw DomainException.invalid("council.error.member");
        }
        return member;
    }

    private boolean staff() {
        return accounts.current()
                .map(u -> u.has(Role.STAFF) || u.has(Role.ADMIN))
                .orElse(false);
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        return Forms.act(redirect, messages, notice, "/identification/" + id, action);
    }
}

package vn.doimoi.projects.councils.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.selection.SelectionCouncil;
import vn.doimoi.projects.selection.Views.CouncilView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * A selection council: STAFF forms it, runs the meeting and types the signed paper declarations
 * and sheets; members declare, read the dossiers and score. Every council action goes to the
 * engine by the council's id. The list also shows the acceptance councils of part 2 (their pages
 * are under {@code /execution/councils}).
 */
@Controller
class CouncilController {

    static final int PAGE_SIZE = 50;

    private final Councils councils;
    private final SelectionCouncil selection;
    private final Accounts accounts;
    private final CouncilSteps steps;
    private final MinutesPdf minutes;
    private final AcceptanceCouncils acceptanceCouncils;

    CouncilController(
            Councils councils,
            SelectionCouncil selection,
            Accounts accounts,
            CouncilSteps steps,
            MinutesPdf minutes,
            AcceptanceCouncils acceptanceCouncils) {
        this.councils = councils;
        this.selection = selection;
        this.accounts = accounts;
        this.steps = steps;
        this.minutes = minutes;
        this.acceptanceCouncils = acceptanceCouncils;
    }

    @GetMapping("/councils")
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute(
                "councils",
                PageOf.slice(
                        staff() ? selection.councils() : selection.myCouncils(), Paging.of(page, size, PAGE_SIZE)));
        // Part 2's acceptance councils sit on the same list, so a member finds every council in one place.
        model.addAttribute(
                "acceptanceCouncils",
                accounts.current().map(acceptanceCouncils::list).orElse(List.of()));
        return "projects/councils";
    }

    @GetMapping("/councils/{id}")
    String show(@PathVariable UUID id, Model model) {
        CouncilView council = selection.council(id);
        boolean staff = staff();
        model.addAttribute("council", council);
        model.addAttribute("staff", staff);
        model.addAttribute(
                "candidates", staff && council.state() == CouncilState.FORMING ? councils.candidates(id) : List.of());
        model.addAttribute("seat", councils.mySeat(id).orElse(null));
        return "projects/council";
    }

    @PostMapping("/councils/{id}/members")
    String seat(@PathVariable UUID id, @ModelAttribute SeatsForm form, RedirectAttributes redirect) {
        return steps.seat(id, form, page(id), redirect);
    }

    @PostMapping("/councils/{id}/declare")
    String declare(@PathVariable UUID id, RedirectAttributes redirect) {
        return steps.declare(id, page(id), redirect);
    }

    @PostMapping("/councils/{id}/conflict")
    String declareConflict(@PathVariable UUID id, RedirectAttributes redirect) {
        return steps.declareConflict(id, page(id), redirect);
    }

    @PostMapping("/councils/{id}/start")
    String start(@PathVariable UUID id, @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
        return steps.start(id, form, page(id), redirect);
    }

    @PostMapping("/councils/{id}/scores/{dossierId}")
    String score(
            @PathVariable UUID id,
            @PathVariable UUID dossierId,
            @ModelAttribute SheetForm sheet,
            RedirectAttributes redirect) {
        return steps.score(id, dossierId, sheet, page(id), redirect);
    }

    @PostMapping("/staff/tasks/councils/{id}/paper-declarations")
    String declareOnPaper(@PathVariable UUID id, @ModelAttribute SheetForm paper, RedirectAttributes redirect) {
        return steps.declareOnPaper(id, paper, page(id), redirect);
    }

    @PostMapping("/staff/tasks/councils/{id}/paper-sheets/{dossierId}")
    String scoreOnPaper(
            @PathVariable UUID id,
            @PathVariable UUID dossierId,
            @ModelAttribute SheetForm paper,
            RedirectAttributes redirect) {
        return steps.scoreOnPaper(id, dossierId, paper, page(id), redirect);
    }

    @PostMapping("/councils/{id}/conclude")
    String conclude(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, page(id), "council.concluded", () -> selection.conclude(id, version));
    }

    @GetMapping("/councils/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
        CouncilView council = selection.council(id);
        if (council.state() != CouncilState.CONCLUDED) {
            throw DomainException.conflict("council.error.notConcluded");
        }
        byte[] pdf = minutes.render(council, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("bien-ban-" + council.callCode() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private boolean staff() {
        return accounts.current().map(CurrentUser::isStaff).orElse(false);
    }

    private static String page(UUID id) {
        return "/councils/" + id;
    }
}

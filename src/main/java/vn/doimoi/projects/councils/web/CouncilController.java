package vn.doimoi.projects.councils.web;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.Views.CouncilView;
import vn.doimoi.projects.support.web.Forms;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;

/**
 * A council: STAFF forms it and runs the meeting; members declare, read the dossiers and score.
 * The list also shows the acceptance councils of part 2 (their pages are under {@code /execution/councils}).
 */
@Controller
class CouncilController {

    static final int PAGE_SIZE = 50;

    private final Selection selection;
    private final Accounts accounts;
    private final MessageSource messages;
    private final MinutesPdf minutes;
    private final AcceptanceCouncils acceptanceCouncils;

    CouncilController(
            Selection selection,
            Accounts accounts,
            MessageSource messages,
            MinutesPdf minutes,
            AcceptanceCouncils acceptanceCouncils) {
        this.acceptanceCouncils = acceptanceCouncils;
        this.selection = selection;
        this.accounts = accounts;
        this.messages = messages;
        this.minutes = minutes;
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
                accounts.current().map(acceptanceCouncils::list).orElse(java.util.List.of()));
        return "projects/councils";
    }

    @GetMapping("/councils/{id}")
    String show(@PathVariable UUID id, Model model) {
        CouncilView council = selection.council(id);
        boolean staff = staff();
        model.addAttribute("council", council);
        model.addAttribute("staff", staff);
        model.addAttribute(
                "candidates",
                staff && council.state() == CouncilState.FORMING ? selection.candidates(id) : java.util.List.of());
        model.addAttribute("seat", selection.mySeat(id).orElse(null));
        return "projects/council";
    }

    @PostMapping("/councils/{id}/members")
    String seat(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "council.seated",
                () -> selection.seatAll(id, Forms.integer(params.get("version"), -1), Forms.seats(params)));
    }

    @PostMapping("/councils/{id}/declare")
    String declare(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "council.declared", () -> selection.declareNoConflict(id));
    }

    @PostMapping("/councils/{id}/start")
    String start(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "council.started",
                () -> selection.startMeeting(id, Forms.integer(params.get("version"), -1), Forms.present(params)));
    }

    @PostMapping("/councils/{id}/scores/{dossierId}")
    String score(
            @PathVariable UUID id,
            @PathVariable UUID dossierId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        return act(id, redirect, "scoring.saved", () -> {
            RuleSet rules = selection.rules(selection.council(id).rules().id());
            Map<String, Integer> scores = Forms.scores(params, rules);
            selection.score(id, dossierId, scores, params.get("comment"));
        });
    }

    @PostMapping("/councils/{id}/conclude")
    String conclude(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, redirect, "council.concluded", () -> selection.conclude(id, version));
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
        return accounts.current()
                .map(u -> u.has(Role.STAFF) || u.has(Role.ADMIN))
                .orElse(false);
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        return Forms.act(redirect, messages, notice, "/councils/" + id, action);
    }
}

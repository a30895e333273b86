package vn.doimoi.projects.councils.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * The council steps every council page offers, in one place (the engine is one, ADR 0037): STAFF
 * seats, starts and types signed paper declarations and sheets; a member declares and scores.
 * Each step goes to the engine by the council's id and back to {@code page}, the page the council
 * is shown on (the selection council's own page, an identification round's page).
 */
@Component
public class CouncilSteps {

    private final Councils councils;

    CouncilSteps(Councils councils) {
        this.councils = councils;
    }

    public String seat(UUID council, SeatsForm form, String page, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, page, "council.seated", () -> councils.seat(council, form.getVersion(), form.seats()));
    }

    public String start(UUID council, AttendanceForm form, String page, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, page, "council.started", () -> councils.start(council, form.getVersion(), form.getPresent()));
    }

    public String declare(UUID council, String page, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, page, "council.declared", () -> councils.declareNoConflict(council));
    }

    /** A member declares a conflict of interest the data did not show: they are off the council. */
    public String declareConflict(UUID council, String page, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, page, "council.conflictDeclared", () -> councils.declareConflict(council));
    }

    public String score(UUID council, UUID item, SheetForm sheet, String page, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, page, "scoring.saved", () -> councils.score(council, item, sheet.entry()));
    }

    /** STAFF records a member's signed paper declaration of no conflict. */
    public String declareOnPaper(UUID council, SheetForm paper, String page, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, page, "council.declaredOnPaper", () -> councils.declareOnPaper(council, member(paper)));
    }

    /** STAFF types a member's signed paper score sheet (and vote, where the council votes). */
    public String scoreOnPaper(UUID council, UUID item, SheetForm paper, String page, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect,
                page,
                "council.scoredOnPaper",
                () -> councils.scoreOnPaper(council, member(paper), item, paper.entry()));
    }

    private static UUID member(SheetForm paper) {
        UUID member = paper.getPersonId();
        if (member == null) {
            throw DomainException.invalid("council.error.member");
        }
        return member;
    }
}

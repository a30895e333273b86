package vn.doimoi.projects.councils.web;

import java.util.List;
import java.util.UUID;
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
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.CouncilView;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.ReviewSubjects;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * A council another module opened through {@link ReviewCouncils} (an initiative, an award round):
 * the same steps as every council page ({@link CouncilSteps}), on the engine's own view of the
 * council, since these councils belong to no call or round.
 */
@Controller
class ReviewCouncilController {

    private final Councils councils;
    private final ReviewCouncils reviews;
    private final ReviewSubjects subjects;
    private final CouncilSteps steps;
    private final Accounts accounts;

    ReviewCouncilController(
            Councils councils, ReviewCouncils reviews, ReviewSubjects subjects, CouncilSteps steps, Accounts accounts) {
        this.councils = councils;
        this.reviews = reviews;
        this.subjects = subjects;
        this.steps = steps;
        this.accounts = accounts;
    }

    @GetMapping("/review-councils/{id}")
    String show(@PathVariable UUID id, Model model) {
        CouncilView council = councils.view(id);
        if (council.purpose() != CouncilPurpose.REVIEW) {
            throw new NotFoundException("council", id);
        }
        boolean staff = accounts.current().map(CurrentUser::isStaff).orElse(false);
        model.addAttribute("council", council);
        model.addAttribute("title", subjects.ownerOf(council.subjectId()).title(council.subjectId()));
        model.addAttribute("staff", staff);
        model.addAttribute(
                "candidates", staff && council.state() == CouncilState.FORMING ? councils.candidates(id) : List.of());
        model.addAttribute("seat", councils.mySeat(id).orElse(null));
        return "projects/review-council";
    }

    @PostMapping("/review-councils/{id}/members")
    String seat(@PathVariable UUID id, @ModelAttribute SeatsForm form, RedirectAttributes redirect) {
        return steps.seat(id, form, ReviewCouncils.page(id), redirect);
    }

    @PostMapping("/review-councils/{id}/declare")
    String declare(@PathVariable UUID id, RedirectAttributes redirect) {
        return steps.declare(id, ReviewCouncils.page(id), redirect);
    }

    @PostMapping("/review-councils/{id}/conflict")
    String declareConflict(@PathVariable UUID id, RedirectAttributes redirect) {
        return steps.declareConflict(id, ReviewCouncils.page(id), redirect);
    }

    @PostMapping("/review-councils/{id}/start")
    String start(@PathVariable UUID id, @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
        return steps.start(id, form, ReviewCouncils.page(id), redirect);
    }

    @PostMapping("/review-councils/{id}/scores/{itemId}")
    String score(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @ModelAttribute SheetForm sheet,
            RedirectAttributes redirect) {
        return steps.score(id, itemId, sheet, ReviewCouncils.page(id), redirect);
    }

    @PostMapping("/review-councils/{id}/conclude")
    String conclude(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, ReviewCouncils.page(id), "council.concluded", () -> reviews.conclude(id, version));
    }
}

package vn.doimoi.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.identity.audit.AuditTrail;
import vn.doimoi.identity.audit.Checkpoint;

/**
 * The audit trail for administrators, the latest checkpoints to copy elsewhere, and the check that
 * the chain is whole, also against a checkpoint kept elsewhere.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final int CHECKPOINTS_SHOWN = 5;
    private static final int MAX_CHECKPOINT_LENGTH = 400;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(0, page);
        long total = trail.count();
        model.addAttribute("entries", trail.latest(current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pageCount", (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("checkpoints", trail.latestCheckpoints(CHECKPOINTS_SHOWN));
        model.addAttribute("publicKey", trail.checkpointPublicKey());
        model.addAttribute("checkpointFile", trail.checkpointFile());
        return "identity/audit";
    }

    /** With {@code checkpoint}, a line from the administrator's own copy, the chain must agree with it too. */
    @GetMapping("/admin/audit/verify")
    String verify(
            @RequestParam(required = false) @Nullable String checkpoint, Model model, HttpServletResponse response) {
        String pastedLine = checkpoint == null || checkpoint.isBlank() ? null : checkpoint.strip();
        Optional<Checkpoint> pasted = Optional.empty();
        if (pastedLine != null) {
            pasted = pastedLine.length() > MAX_CHECKPOINT_LENGTH ? Optional.empty() : trail.checkpoint(pastedLine);
            if (pasted.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("verification", null);
                model.addAttribute("checkpointError", "audit.checkpoint.invalid");
                model.addAttribute("checkpoint", pastedLine.length() > MAX_CHECKPOINT_LENGTH ? "" : pastedLine);
                return "identity/audit-verify";
            }
        }
        model.addAttribute("verification", trail.verify(pasted.orElse(null)));
        model.addAttribute("checkpointError", null);
        model.addAttribute("checkpoint", pastedLine == null ? "" : pastedLine);
        return "identity/audit-verify";
    }
}

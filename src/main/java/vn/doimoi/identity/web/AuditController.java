package vn.doimoi.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.identity.audit.AuditTrail;

/** The audit trail for administrators, and the check that its chain is whole. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

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
        return "identity/audit";
    }

    @GetMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return "identity/audit-verify";
    }
}

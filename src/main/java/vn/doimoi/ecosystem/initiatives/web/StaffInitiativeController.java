package vn.doimoi.ecosystem.initiatives.web;

import java.util.UUID;
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
import vn.doimoi.ecosystem.initiatives.Initiatives;
import vn.doimoi.ecosystem.initiatives.PortalExport;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * STAFF's work on initiatives: the list by state; accept or return a declaration; open its council
 * (the council's own page seats and runs it); record the recognition decision; the portal export.
 */
@Controller
class StaffInitiativeController {

    private final Initiatives initiatives;
    private final PortalExport export;

    StaffInitiativeController(Initiatives initiatives, PortalExport export) {
        this.initiatives = initiatives;
        this.export = export;
    }

    @GetMapping("/staff/ecosystem/initiatives")
    String list(Model model) {
        model.addAttribute("initiatives", initiatives.all());
        return "ecosystem/initiatives/staff";
    }

    @PostMapping("/staff/ecosystem/initiatives/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, page(id), "initiatives.accepted", () -> initiatives.accept(id, version));
    }

    @PostMapping("/staff/ecosystem/initiatives/{id}/return")
    String returnToAuthor(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, page(id), "initiatives.returned", () -> initiatives.returnToAuthor(id, version, note));
    }

    @PostMapping("/staff/ecosystem/initiatives/{id}/council")
    String council(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String decisionNumber,
            RedirectAttributes redirect) {
        UUID[] council = new UUID[1];
        String back = PostRedirectGet.act(
                redirect,
                page(id),
                "initiatives.councilOpened",
                () -> council[0] = initiatives.sendToCouncil(id, version, decisionNumber));
        return council[0] == null ? back : PostRedirectGet.redirect(ReviewCouncils.page(council[0]));
    }

    @PostMapping("/staff/ecosystem/initiatives/{id}/recognise")
    String recognise(@PathVariable UUID id, @ModelAttribute DecisionForm form, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, page(id), "initiatives.recognised", () -> {
            var day = form.day();
            if (day == null) {
                throw DomainException.invalid("initiatives.error.date");
            }
            initiatives.recognise(id, form.version(), form.decision(day));
        });
    }

    @GetMapping("/staff/ecosystem/initiatives/export.json")
    ResponseEntity<PortalExport.File> export() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("sang-kien-cong-nhan.json")
                                .build()
                                .toString())
                .body(export.export());
    }

    private static String page(UUID id) {
        return "/ecosystem/initiatives/" + id;
    }
}

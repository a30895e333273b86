package vn.doimoi.directory.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.spreadsheet.SheetImport;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** Administrators and Department staff keep the organisations of the directory. */
@Controller
class OrganisationAdminController {

    static final int PAGE_SIZE = 50;

    private final Organisations organisations;
    private final Directory directory;
    private final AddressChoices addresses;

    OrganisationAdminController(Organisations organisations, Directory directory, AddressChoices addresses) {
        this.organisations = organisations;
        this.directory = directory;
        this.addresses = addresses;
    }

    @GetMapping("/admin/organisations")
    String list(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("organisations", organisations.page(paging));
        return "directory/admin-organisations";
    }

    @GetMapping(value = "/admin/organisations/export.xlsx")
    ResponseEntity<byte[]> export() {
        return Downloads.xlsx(organisations.exportWorkbook(), "to-chuc-khcn.xlsx");
    }

    @GetMapping(value = "/admin/organisations/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx(organisations.importTemplate(), "mau-nhap-to-chuc.xlsx");
    }

    @PostMapping("/admin/organisations/import")
    String importWorkbook(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws java.io.IOException {
        model.addAttribute(
                "report",
                WorkbookUpload.read(
                        file, () -> SheetImport.refused("organisation.import.noFile"), organisations::importWorkbook));
        return list(new Paging(0, PAGE_SIZE), model);
    }

    @GetMapping("/admin/organisations/new")
    String newOrganisation(Model model) {
        return form(model, null, OrganisationForm.empty(), FormErrors.none());
    }

    @PostMapping("/admin/organisations/new")
    String create(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.refreshesCommunes()) {
            return form(model, null, form, addresses.refreshErrors(form.province()));
        }
        FormErrors errors = FormErrors.of(binding);
        List<OrganisationSummary> duplicates = List.of();
        if (errors.isEmpty()) {
            duplicates = organisations.likelyDuplicates(form.data(), null);
            if (duplicates.isEmpty() || form.duplicatesConfirmed()) {
                try {
                    UUID id = organisations.create(form.data());
                    return PostRedirectGet.done(redirect, "/organisations/" + id, "organisation.created");
                } catch (DomainException e) {
                    errors = errors.with(fieldOf(e), e.messageKey(), e.arguments());
                }
            }
        }
        model.addAttribute("duplicates", duplicates);
        return form(model, null, form, errors);
    }

    @GetMapping("/admin/organisations/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Organisations.EditableOrganisation organisation = organisations.editable(id);
        return form(model, id, OrganisationForm.of(organisation.data(), organisation.version()), FormErrors.none());
    }

    @PostMapping("/admin/organisations/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.refreshesCommunes()) {
            return form(model, id, form, addresses.refreshErrors(form.province()));
        }
        return FormSubmission.of(binding, e -> fieldOf(e))
                .run(
                        () -> {
                            organisations.update(id, form.version(), form.data());
                            return PostRedirectGet.done(redirect, "/organisations/" + id, "organisation.saved");
                        },
                        errors -> form(model, id, form, errors));
    }

    @PostMapping("/admin/organisations/{id}/verification")
    String verify(@PathVariable UUID id, @RequestParam boolean verified, RedirectAttributes redirect) {
        organisations.setVerified(id, verified);
        redirect.addFlashAttribute(
                "notice", verified ? "organisation.verifiedNotice" : "organisation.unverifiedNotice");
        return "redirect:/organisations/" + id;
    }

    private String form(Model model, @Nullable UUID id, OrganisationForm form, FormErrors errors) {
        model.addAttribute("organisationId", id);
        model.addAttribute("action", id == null ? "/admin/organisations/new" : "/admin/organisations/" + id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", List.of(OrganisationType.values()));
        model.addAttribute("fieldCodes", directory.fieldCodes());
        model.addAttribute("typeEditable", true);
        addresses.addTo(
                model, form, id == null ? null : organisations.editable(id).data());
        return "directory/organisation-form";
    }

    static String fieldOf(DomainException e) {
        return switch (e.messageKey()) {
            case "organisation.error.taxCodeInvalid", "organisation.error.taxCodeTaken" -> "taxCode";
            case "organisation.error.nameRequired" -> "name";
            case "organisation.error.website" -> "website";
            case "organisation.error.unknownFieldCode" -> "fieldCodes";
            case "error.input.place.province" -> "province";
            case "error.input.place.commune",
                    "places.error.communeOutsideProvince",
                    "places.error.communeWithoutProvince" -> "commune";
            default -> FormErrors.GLOBAL;
        };
    }
}

package vn.doimoi.directory.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
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
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.person.PeopleExport;
import vn.doimoi.directory.person.PersonAddresses;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.spreadsheet.SheetImport;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.FormValues;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** Department staff keep the people of the directory and find experts for councils. */
@Controller
class PersonAdminController {

    static final int PAGE_SIZE = 50;

    private final People people;
    private final PeopleExport export;
    private final Directory directory;
    private final PersonAddresses addresses;
    private final PersonFormSupport support;

    PersonAdminController(
            People people,
            Directory directory,
            PersonFormSupport support,
            PeopleExport export,
            PersonAddresses addresses) {
        this.people = people;
        this.addresses = addresses;
        this.export = export;
        this.directory = directory;
        this.support = support;
    }

    @GetMapping("/admin/people")
    String list(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("people", people.page(paging));
        return "directory/admin-people";
    }

    @GetMapping("/admin/people/export.xlsx")
    ResponseEntity<byte[]> export() {
        return Downloads.xlsx(export.workbook(), "nha-khoa-hoc.xlsx");
    }

    @GetMapping("/admin/people/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx(people.importTemplate(), "mau-nhap-nha-khoa-hoc.xlsx");
    }

    @PostMapping("/admin/people/import")
    String importWorkbook(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws java.io.IOException {
        model.addAttribute(
                "report",
                WorkbookUpload.read(
                        file,
                        () -> SheetImport.refused("organisation.import.noFile"),
                        in -> people.importWorkbook(in, addresses)));
        return list(new Paging(0, PAGE_SIZE), model);
    }

    @GetMapping("/admin/people/new")
    String newPerson(Model model) {
        return support.render(model, null, "/admin/people/new", true, PersonForm.empty(), FormErrors.none(), List.of());
    }

    @PostMapping("/admin/people/new")
    String create(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.refreshesCommunes()) {
            return support.refreshed(model, null, "/admin/people/new", true, form);
        }
        FormErrors errors = FormErrors.of(binding);
        List<PersonSummary> duplicates = List.of();
        if (errors.isEmpty()) {
            duplicates = people.likelyDuplicates(form.data(), null);
            if (duplicates.isEmpty() || form.duplicatesConfirmed()) {
                try {
                    UUID id = support.save(null, form, () -> people.create(form.data(), form.linkedUsername()));
                    return PostRedirectGet.done(redirect, "/people/" + id, "person.created");
                } catch (DomainException e) {
                    errors = errors.with(PersonFormSupport.fieldOf(e), e.messageKey(), e.arguments());
                }
            }
        }
        return support.render(model, null, "/admin/people/new", true, form, errors, duplicates);
    }

    @GetMapping("/admin/people/{id}")
    String edit(@PathVariable UUID id, Model model) {
        People.EditablePerson person = people.editable(id);
        return support.render(
                model,
                id,
                "/admin/people/" + id,
                true,
                support.formOf(id, person.data(), person.version(), person.linkedUsername()),
                FormErrors.none(),
                List.of());
    }

    @PostMapping("/admin/people/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.refreshesCommunes()) {
            return support.refreshed(model, id, "/admin/people/" + id, true, form);
        }
        return FormSubmission.of(binding, e -> PersonFormSupport.fieldOf(e))
                .run(
                        () -> {
                            support.save(id, form, () -> {
                                people.update(id, form.version(), form.data(), form.linkedUsername());
                                return id;
                            });
                            return PostRedirectGet.done(redirect, "/people/" + id, "person.saved");
                        },
                        errors -> support.render(model, id, "/admin/people/" + id, true, form, errors, List.of()));
    }

    @GetMapping("/admin/experts")
    String experts(
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID organisation,
            @PageSize(PAGE_SIZE) Paging paging,
            Model model) {
        if (field != null && !field.isBlank() && !field.strip().matches("\\d{1,7}")) {
            // A field code is 1 to 7 digits; other text would become a wildcard too large to build.
            throw DomainException.invalid("error.badParameter", "field", FormValues.shown(field));
        }
        model.addAttribute("experts", PageOf.slice(people.findExperts(field, q, organisation), paging));
        model.addAttribute("field", field == null ? "" : field);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("organisation", organisation);
        model.addAttribute("fieldCodes", directory.fieldCodes());
        model.addAttribute("organisations", directory.organisations());
        return "directory/experts";
    }
}

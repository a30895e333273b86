package vn.doimoi.directory.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.person.PersonAddresses;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.security.CurrentActor;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** The public list and profiles of scientists and experts, and a scientist's own profile. */
@Controller
class PersonController {

    static final int PAGE_SIZE = 20;

    private final People people;
    private final Directory directory;
    private final PersonFormSupport support;
    private final CurrentActor actor;
    private final PersonAddresses addresses;

    PersonController(
            People people,
            Directory directory,
            PersonFormSupport support,
            CurrentActor actor,
            PersonAddresses addresses) {
        this.addresses = addresses;
        this.people = people;
        this.directory = directory;
        this.support = support;
        this.actor = actor;
    }

    @GetMapping("/people")
    String list(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("people", people.page(paging));
        return "directory/people";
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable UUID id, Model model) {
        People.EditablePerson person = people.editable(id);
        PersonSummary summary = people.find(id).orElseThrow();
        model.addAttribute("personId", id);
        model.addAttribute("person", summary);
        // Only public facts go to the template: the private fields are never handed over.
        model.addAttribute("expertise", person.data().expertise());
        model.addAttribute("publications", person.data().publications());
        model.addAttribute("patents", person.data().patents());
        model.addAttribute("biography", person.data().biography());
        model.addAttribute("orcid", person.data().orcid());
        model.addAttribute("address", addresses.formatted(id));
        model.addAttribute(
                "organisation",
                summary.organisationId() == null
                        ? null
                        : directory.organisation(summary.organisationId()).orElse(null));
        model.addAttribute(
                "fields",
                summary.fieldCodes().stream()
                        .sorted()
                        .map(directory::fieldCode)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute(
                "ownProfile",
                actor.userId().isPresent()
                        && people.editableOwn().map(own -> own.id().equals(id)).orElse(false));
        return "directory/person";
    }

    @GetMapping("/my-profile")
    String editOwn(Model model) {
        People.EditablePerson own =
                people.editableOwn().orElseThrow(() -> DomainException.notFound("person.error.noProfile"));
        return support.render(
                model,
                own.id(),
                "/my-profile",
                false,
                support.formOf(own.id(), own.data(), own.version(), null),
                FormErrors.none(),
                List.of());
    }

    @PostMapping("/my-profile")
    String updateOwn(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        People.EditablePerson own =
                people.editableOwn().orElseThrow(() -> DomainException.notFound("person.error.noProfile"));
        if (form.refreshesCommunes()) {
            return support.refreshed(model, own.id(), "/my-profile", false, form);
        }
        return FormSubmission.of(binding, e -> PersonFormSupport.fieldOf(e))
                .run(
                        () -> {
                            support.save(own.id(), form, () -> {
                                people.updateOwn(form.version(), form.data());
                                return own.id();
                            });
                            return PostRedirectGet.done(redirect, "/people/" + own.id(), "person.saved");
                        },
                        errors -> support.render(model, own.id(), "/my-profile", false, form, errors, List.of()));
    }
}

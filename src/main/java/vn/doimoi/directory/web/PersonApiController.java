package vn.doimoi.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.directory.AcademicTitle;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.person.PersonAddresses;
import vn.doimoi.places.PostalAddress;

/**
 * Scientists and experts for machines: the public facts only. The e-mail, national ID, phone
 * and declared relatives are never in these answers; errors are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/people")
class PersonApiController {

    private final People people;
    private final Directory directory;
    private final PersonAddresses addresses;

    PersonApiController(People people, Directory directory, PersonAddresses addresses) {
        this.people = people;
        this.directory = directory;
        this.addresses = addresses;
    }

    /** A person in a list. */
    record PersonItem(
            UUID id,
            String fullName,
            String titledName,
            @Nullable AcademicTitle academicTitle,
            @Nullable Degree degree,
            @Nullable String position,
            @Nullable UUID organisationId,
            @Nullable String organisationName,
            List<String> fieldCodes,
            boolean acceptsReview,
            String url) {}

    /** A page of people, by name. */
    record PersonList(List<PersonItem> items, int page, int size, long totalElements, int totalPages) {}

    /**
     * Where the person is, at commune level as on the public page (ADR 0052): the codes of the official
     * list of {@code recordedOn} (before 1/7/2025 the 63 provinces, whose names end in "(cũ)").
     */
    record Address(
            @Nullable String provinceCode,
            @Nullable String communeCode,
            LocalDate recordedOn,
            boolean beforeMerger,
            String text) {}

    /** One person's public profile. */
    record PersonProfile(
            PersonItem person,
            @Nullable String orcid,
            @Nullable String expertise,
            @Nullable String publications,
            @Nullable String patents,
            @Nullable String biography,
            @Nullable Address address) {}

    @GetMapping
    PersonList list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        People.PersonPage found = people.page(page, size);
        return new PersonList(
                found.people().stream().map(this::item).toList(), found.page(), found.size(), found.total(), (int)
                        ((found.total() + found.size() - 1) / found.size()));
    }

    @GetMapping("/{id}")
    PersonProfile show(@PathVariable UUID id) {
        PersonData data = people.editable(id).data();
        PersonSummary summary = people.find(id).orElseThrow();
        PostalAddress address = addresses.of(id);
        return new PersonProfile(
                item(summary),
                data.orcid(),
                data.expertise(),
                data.publications(),
                data.patents(),
                data.biography(),
                address == null
                        ? null
                        : new Address(
                                address.provinceCode(),
                                address.communeCode(),
                                address.recordedOn(),
                                address.beforeMerger(),
                                java.util.Objects.requireNonNullElse(addresses.formatted(id), "")));
    }

    private PersonItem item(PersonSummary person) {
        String organisation = person.organisationId() == null
                ? null
                : directory
                        .organisation(person.organisationId())
                        .map(OrganisationSummary::name)
                        .orElse(null);
        return new PersonItem(
                person.id(),
                person.fullName(),
                person.titledName(),
                person.academicTitle(),
                person.degree(),
                person.position(),
                person.organisationId(),
                organisation,
                person.fieldCodes().stream().sorted().toList(),
                person.acceptsReview(),
                "/people/" + person.id());
    }
}

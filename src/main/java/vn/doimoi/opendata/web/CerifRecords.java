package vn.doimoi.opendata.web;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.OpenDirectory;
import vn.doimoi.directory.OpenDirectory.OpenOrganisation;
import vn.doimoi.directory.OpenDirectory.OpenPerson;
import vn.doimoi.projects.OpenTasks;
import vn.doimoi.projects.OpenTasks.OpenCall;
import vn.doimoi.projects.OpenTasks.OpenResult;
import vn.doimoi.projects.OpenTasks.OpenTask;
import vn.doimoi.shared.ChangeWindow;

/** The records of each set, read through the other modules' public change feeds. */
@Component
class CerifRecords {

    /** One record: its set, id, last change and the public facts it carries. */
    record Item(OaiSet set, UUID id, Instant changedAt, Object entity) {}

    /** The names of the organisations and people a page of records links to, read once per page. */
    record Links(Map<UUID, OpenOrganisation> organisations, Map<UUID, OpenPerson> people) {}

    private final OpenTasks tasks;
    private final OpenDirectory directory;

    CerifRecords(OpenTasks tasks, OpenDirectory directory) {
        this.tasks = tasks;
        this.directory = directory;
    }

    List<Item> page(OaiSet set, ChangeWindow window) {
        return switch (set) {
            case PROJECTS ->
                tasks.tasks(window).stream().map(CerifRecords::item).toList();
            case FUNDING -> tasks.calls(window).stream().map(CerifRecords::item).toList();
            case ORGUNITS ->
                directory.organisations(window).stream().map(CerifRecords::item).toList();
            case PERSONS ->
                directory.people(window).stream().map(CerifRecords::item).toList();
            case PRODUCTS ->
                tasks.results(window).stream().map(CerifRecords::item).toList();
            case PATENTS ->
                tasks.patents(window).stream().map(CerifRecords::patent).toList();
        };
    }

    Optional<Item> one(OaiSet set, UUID id) {
        return switch (set) {
            case PROJECTS -> tasks.task(id).map(CerifRecords::item);
            case FUNDING -> tasks.call(id).map(CerifRecords::item);
            case ORGUNITS -> directory.organisation(id).map(CerifRecords::item);
            case PERSONS -> directory.person(id).map(CerifRecords::item);
            case PRODUCTS -> tasks.result(id).map(CerifRecords::item);
            case PATENTS -> tasks.patent(id).map(CerifRecords::patent);
        };
    }

    /** The organisations and people these records link to, in two queries. */
    Links links(List<Item> items) {
        Set<UUID> organisations = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        for (Item item : items) {
            if (item.entity() instanceof OpenTask task) {
                organisations.add(task.hostOrganisationId());
                if (task.principalInvestigatorId() != null) {
                    people.add(task.principalInvestigatorId());
                }
            } else if (item.entity() instanceof OpenResult result) {
                organisations.add(result.hostOrganisationId());
            }
        }
        return new Links(directory.organisations(organisations), directory.people(people));
    }

    private static Item item(OpenTask task) {
        return new Item(OaiSet.PROJECTS, task.id(), task.changedAt(), task);
    }

    private static Item item(OpenCall call) {
        return new Item(OaiSet.FUNDING, call.id(), call.changedAt(), call);
    }

    private static Item item(OpenOrganisation organisation) {
        return new Item(OaiSet.ORGUNITS, organisation.id(), organisation.changedAt(), organisation);
    }

    private static Item item(OpenPerson person) {
        return new Item(OaiSet.PERSONS, person.id(), person.changedAt(), person);
    }

    private static Item item(OpenResult result) {
        return new Item(OaiSet.PRODUCTS, result.id(), result.changedAt(), result);
    }

    private static Item patent(OpenResult result) {
        return new Item(OaiSet.PATENTS, result.id(), result.changedAt(), result);
    }
}

package vn.doimoi.projects.tasks;

import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.directory.OrganisationShowcase;
import vn.doimoi.directory.OrganisationShowcase.Section;
import vn.doimoi.projects.TaskExecution;
import vn.doimoi.projects.selection.Selection;

/**
 * On an organisation's public page: the tasks it hosts as the public register shows them
 * ({@code /tasks}), and its registered results ({@code /results}), the same records and rules: two
 * sections, each with its own heading and place.
 */
@Configuration(proxyBeanMethods = false)
class TaskShowcase {

    private final Selection selection;
    private final TaskExecution execution;

    TaskShowcase(Selection selection, TaskExecution execution) {
        this.selection = selection;
        this.execution = execution;
    }

    @Bean
    OrganisationShowcase hostedTasksShowcase() {
        return organisationId -> new Section("organisation.showcase.tasks", 20, tasks(organisationId), "/tasks");
    }

    @Bean
    OrganisationShowcase registeredResultsShowcase() {
        return organisationId -> new Section("organisation.showcase.results", 30, results(organisationId), "/results");
    }

    List<OrganisationShowcase.Item> tasks(UUID organisationId) {
        return selection.approvedTasks().stream()
                .filter(task -> task.host().id().equals(organisationId))
                .map(task -> new OrganisationShowcase.Item(task.title(), "/tasks/" + task.id(), null, task.code()))
                .toList();
    }

    List<OrganisationShowcase.Item> results(UUID organisationId) {
        return execution.registeredResults().stream()
                .filter(result -> result.hostOrganisationId().equals(organisationId))
                .map(result -> new OrganisationShowcase.Item(
                        result.title(), "/results/" + result.resultId(), null, result.certificateNumber()))
                .toList();
    }
}

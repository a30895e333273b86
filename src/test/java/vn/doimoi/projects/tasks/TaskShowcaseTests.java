package vn.doimoi.projects.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.OrganisationShowcase;
import vn.doimoi.directory.OrganisationShowcase.Section;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.selection.ApprovedTasks;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;

/**
 * An organisation's public page lists the tasks it hosts (after the market's listings) and then its
 * registered results, each section with its own heading and a link to the whole register.
 */
@DoimoiSpringTest
class TaskShowcaseTests {

    @Autowired
    List<OrganisationShowcase> showcases;

    @Autowired
    CallRepository calls;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    TaskRepository tasks;

    @Autowired
    TestUsers testUsers;

    @Test
    void anOrganisationsPageShowsTheTasksItHostsThenItsResults() {
        // given a task approved for a host organisation
        UUID host = testUsers.organisation();
        TaskApproved approved = ApprovedTasks.approved(calls, dossiers, tasks, host);

        // when its page asks every module for its sections
        Section hosted = section(host, "organisation.showcase.tasks");
        Section results = section(host, "organisation.showcase.results");

        // then the tasks section links the task to its public page and the register
        assertThat(hosted.order()).isEqualTo(20);
        assertThat(hosted.moreHref()).isEqualTo("/tasks");
        assertThat(hosted.items()).anySatisfy(item -> assertThat(item.href()).isEqualTo("/tasks/" + approved.taskId()));
        // and the results section comes after it, with the results' register
        assertThat(results.order()).isEqualTo(30);
        assertThat(results.moreHref()).isEqualTo("/results");
    }

    private Section section(UUID organisation, String headingKey) {
        return showcases.stream()
                .map(showcase -> showcase.showcase(organisation))
                .filter(section -> section.headingKey().equals(headingKey))
                .findFirst()
                .orElseThrow();
    }
}

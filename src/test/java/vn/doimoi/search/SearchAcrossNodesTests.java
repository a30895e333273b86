package vn.doimoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doimoi.DoimoiApplication;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;

/**
 * Issue 23: two nodes on one PostgreSQL and one OpenSearch cluster, with outbox-polling
 * coordination. What one node commits, the other finds; and a node that stops right after its
 * commit loses nothing, because the change waits in the outbox for the other node's agent. Runs
 * only against a real OpenSearch node (src/test/opensearch/run-search-tests.sh): with the Lucene
 * backend each node has its own index and coordination is not used.
 */
class SearchAcrossNodesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    /**
     * The OpenSearch profile asks for synchronous indexing (the other search tests read what they
     * just wrote); outbox-polling refuses any such setting (HSEARCH800042), so the nodes start
     * without it, as a cluster is configured.
     */
    private static final String SYNCHRONISATION =
            "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy";

    private static String synchronisation;

    @BeforeAll
    static void startTwoNodes() {
        assumeTrue(
                "elasticsearch".equals(System.getProperty("spring.jpa.properties.hibernate.search.backend.type")),
                "needs the OpenSearch backend (src/test/opensearch/run-search-tests.sh)");
        synchronisation = System.clearProperty(SYNCHRONISATION);
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (synchronisation != null) {
            System.setProperty(SYNCHRONISATION, synchronisation);
        }
    }

    @Test
    void organisationCreatedOnOneNodeIsFoundOnTheOtherEvenWhenTheFirstStopsAtOnce() throws Exception {
        // given an organisation created through node A
        String marker = "cum" + UUID.randomUUID().toString().substring(0, 8);
        nodeA.getBean(Organisations.class).create(data("Hợp tác xã Cụm nút " + marker));

        // then node B's search finds it
        long took = untilFound(nodeB, marker, "Hợp tác xã Cụm nút " + marker);
        assertThat(Duration.ofMillis(took)).isLessThan(PATIENCE);

        // when another is created on A and A stops right after the commit, before its agent runs
        String second = "dung" + UUID.randomUUID().toString().substring(0, 8);
        nodeA.getBean(Organisations.class).create(data("Trung tâm Dừng máy " + second));
        nodeA.close();

        // then node B takes over A's share of the outbox and indexes it; the outbox empties
        untilFound(nodeB, second, "Trung tâm Dừng máy " + second);
        JdbcTemplate jdbc = nodeB.getBean(JdbcTemplate.class);
        long deadline = System.currentTimeMillis() + PATIENCE.toMillis();
        while (outbox(jdbc) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(outbox(jdbc)).isZero();
    }

    /** Milliseconds until the node's search finds the title; fails after {@link #PATIENCE}. */
    private static long untilFound(ConfigurableApplicationContext node, String query, String title)
            throws InterruptedException {
        SiteSearch search = node.getBean(SiteSearch.class);
        long start = System.nanoTime();
        while (System.nanoTime() - start < PATIENCE.toNanos()) {
            if (search.search(query, "organisation", 0, 10).hits().stream()
                    .anyMatch(hit -> hit.title().equals(title))) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(title + " not found within " + PATIENCE);
    }

    private static long outbox(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from search.hsearch_outbox_event", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * A node as deployed for a cluster (its own web server on a free port), outbox-polling on, and the
     * indexes the other OpenSearch tests use left as they are (command-line arguments win over the
     * profile's system properties).
     */
    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(DoimoiApplication.class)
                .profiles("test")
                .web(org.springframework.boot.WebApplicationType.SERVLET)
                .run(
                        "--doimoi.search.coordination=outbox-polling",
                        "--server.port=0",
                        "--spring.jpa.properties.hibernate.search.schema_management.strategy=create-or-update",
                        "--spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=100");
    }

    private static OrganisationData data(String name) {
        return new OrganisationData(
                OrganisationType.ENTERPRISE, name, null, null, "Tây Ninh", null, null, null, null, null, "Cụm nút.");
    }
}

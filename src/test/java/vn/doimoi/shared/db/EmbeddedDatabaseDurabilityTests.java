package vn.doimoi.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doimoi.DoimoiSpringTest;

/** What the application commits in its own PostgreSQL survives a crash of the machine. */
@DoimoiSpringTest
class EmbeddedDatabaseDurabilityTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEmbeddedServerFlushesEveryCommitToDisk() {
        // given the PostgreSQL the application started itself (not CI's own server)
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null && System.getenv("DATABASE_URL") == null);

        // then a commit waits for its WAL to reach the disk, and the disk is really written
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }
}

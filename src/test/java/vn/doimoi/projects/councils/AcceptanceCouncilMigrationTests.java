package vn.doimoi.projects.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.doimoi.DoimoiSpringTest;

/**
 * The migration that puts acceptance councils on the engine moves the councils of an existing
 * database, with their seats, declarations and sheets: run on a database of its own, migrated to
 * just before it, filled as the old code filled it, then migrated to the end.
 */
@DoimoiSpringTest
class AcceptanceCouncilMigrationTests {

    /** The migration that moves acceptance councils onto the engine. */
    private static final long THE_MOVE = 202612071010L;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void theMigrationRunsOnADatabaseOfItsOwnWhateverTheConfiguredOneIsCalled() {
        assertThat(otherDatabase("jdbc:postgresql://localhost:5432/doimoi_ci", "m1"))
                .isEqualTo("jdbc:postgresql://localhost:5432/m1");
        assertThat(otherDatabase("jdbc:postgresql://localhost:41234/postgres?sslmode=disable", "m1"))
                .isEqualTo("jdbc:postgresql://localhost:41234/m1?sslmode=disable");
    }

    @Test
    void existingAcceptanceCouncilsTheirSeatsAndSheetsMoveOntoTheEngine() throws Exception {
        // given a database as the old code left it: a council scoring, one declared member, one sheet
        String name =
                "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("CREATE DATABASE " + name);
        DriverManagerDataSource database = new DriverManagerDataSource(
                otherDatabase(environment.getRequiredProperty("spring.datasource.url"), name),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
        try {
            flyway(database).target(lastVersionBefore(THE_MOVE)).load().migrate();
            JdbcTemplate old = new JdbcTemplate(database);
            UUID task = UUID.randomUUID();
            UUID council = UUID.randomUUID();
            UUID chair = UUID.randomUUID();
            UUID reviewer = UUID.randomUUID();
            UUID sheet = UUID.randomUUID();
            old.update(
                    "insert into projects.execution_task (id, code, title, type, method, host_org_id, state_budget,"
                            + " other_budget, duration_months, decision_number, decision_date, stage, approved_at)"
                            + " values (?, 'ĐT-2026-01', 'Nhiệm vụ cũ', 'DE_TAI', 'TUYEN_CHON', ?, 1, 0, 12,"
                            + " '1/QĐ', date '2026-01-05', 'UNDER_ACCEPTANCE', now())",
                    task,
                    UUID.randomUUID());
            old.update(
                    "insert into projects.acceptance_council (id, task_id, decision_number, formed_on, rule_version,"
                            + " state, version) values (?, ?, '400/QĐ-SKHCN', date '2026-11-20', 'TT11-2014-HĐ',"
                            + " 'SCORING', 3)",
                    council,
                    task);
            old.update(
                    "insert into projects.acceptance_council_member (council_id, seat, person_id, full_name, role,"
                            + " declared_at) values (?, 0, ?, 'PGS.TS. Chủ Tịch', 'CHAIR', null),"
                            + " (?, 1, ?, 'TS. Phản Biện', 'REVIEWER', timestamptz '2026-11-21 09:00+07')",
                    council,
                    chair,
                    council,
                    reviewer);
            old.update(
                    "insert into projects.acceptance_sheet (id, council_id, person_id, report_grade, classification,"
                            + " comment, rule_version, recorded_by, recorded_at, online) values (?, ?, ?, 'PASSED',"
                            + " 'PASSED', 'Đạt', 'TT11-2014', 'tv', now(), true)",
                    sheet,
                    council,
                    reviewer);

            // when the rest of the migrations run
            flyway(database).load().migrate();

            // then the council is the engine's, taking sheets, formed that day, with the same id and version
            Map<String, Object> moved = old.queryForMap(
                    "select kind, task_id, rule_set_id, decision_number, state, classification, version,"
                            + " (created_at at time zone 'Asia/Ho_Chi_Minh')::date as formed_on"
                            + " from projects.council where id = ?",
                    council);
            assertThat(moved)
                    .containsEntry("kind", "ACCEPTANCE")
                    .containsEntry("task_id", task)
                    .containsEntry("rule_set_id", "TT11-2014-HĐ")
                    .containsEntry("decision_number", "400/QĐ-SKHCN")
                    .containsEntry("state", "IN_SESSION")
                    .containsEntry("version", 3L)
                    .containsEntry("formed_on", java.sql.Date.valueOf(LocalDate.of(2026, 11, 20)));
            assertThat(moved.get("classification")).isNull();
            // and its members sit in their seats, taking part, the reviewer's declaration kept
            List<Map<String, Object>> members = old.queryForList(
                    "select position, person_id, full_name, role, declared_at is not null as declared, present,"
                            + " conflicts from projects.council_member where council_id = ? order by position",
                    council);
            assertThat(members).hasSize(2);
            assertThat(members.get(0))
                    .containsEntry("person_id", chair)
                    .containsEntry("full_name", "PGS.TS. Chủ Tịch")
                    .containsEntry("role", "CHAIR")
                    .containsEntry("declared", false)
                    .containsEntry("present", true)
                    .containsEntry("conflicts", "");
            assertThat(members.get(1))
                    .containsEntry("person_id", reviewer)
                    .containsEntry("role", "REVIEWER")
                    .containsEntry("declared", true);
            // and the member's sheet still belongs to the council; the old tables are gone
            assertThat(old.queryForObject(
                            "select count(*) from projects.acceptance_sheet s join projects.council c"
                                    + " on c.id = s.council_id where s.id = ?",
                            Integer.class,
                            sheet))
                    .isEqualTo(1);
            assertThat(old.queryForObject(
                            "select count(*) from information_schema.tables where table_schema = 'projects'"
                                    + " and table_name in ('acceptance_council', 'acceptance_council_member')",
                            Integer.class))
                    .isZero();
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /**
     * The same server, another database: whatever the configured one is called (the embedded server's
     * {@code postgres}, CI's {@code doimoi_ci}). Replacing only "postgres" once left CI's URL as it was,
     * and the old rows went into the database every other test reads.
     */
    static String otherDatabase(String url, String name) {
        String other = url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        if (other.equals(url)) {
            throw new IllegalStateException("cannot name another database in " + url);
        }
        return other;
    }

    /** The newest migration before {@code version} (Flyway's target must name one that exists). */
    private static String lastVersionBefore(long version) throws java.io.IOException {
        long last = 0;
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql")) {
            String name = java.util.Objects.requireNonNull(file.getFilename());
            long number = Long.parseLong(name.substring(1, name.indexOf("__")));
            if (number < version && number > last) {
                last = number;
            }
        }
        return Long.toString(last);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DriverManagerDataSource database) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .createSchemas(true);
    }
}

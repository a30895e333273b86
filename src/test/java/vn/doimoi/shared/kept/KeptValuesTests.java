package vn.doimoi.shared.kept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;

/**
 * A value kept by {@link KeptValues} is made once per version of the tables it read: the next
 * request after a commit to one of them, whoever wrote it, gets it made again with the change.
 */
@DoimoiSpringTest
class KeptValuesTests {

    @Autowired
    KeptValues kept;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers testUsers;

    @Test
    void aValueIsMadeOnceThenAgainAfterItsTableChanged() {
        UUID organisation = testUsers.organisation();
        Object key = "test.organisationName." + organisation;
        AtomicInteger made = new AtomicInteger();
        java.util.function.Supplier<String> name = () -> {
            made.incrementAndGet();
            return jdbc.queryForObject(
                    "select name from directory.organisation where id = ?", String.class, organisation);
        };

        String first = kept.get(key, name);
        assertThat(kept.get(key, name)).isEqualTo(first);
        assertThat(made).hasValue(1);

        String renamed = "Công ty giữ giá trị " + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("update directory.organisation set name = ? where id = ?", renamed, organisation);

        assertThat(kept.get(key, name)).isEqualTo(renamed);
        assertThat(made).hasValue(2);
        assertThat(kept.get(key, name)).isEqualTo(renamed);
        assertThat(made).hasValue(2);
    }

    @Test
    void aValueThatReadNothingFromTheDatabaseIsMadeEachTime() {
        AtomicInteger made = new AtomicInteger();
        Object key = "test.nothingRead." + UUID.randomUUID();

        kept.get(key, made::incrementAndGet);
        kept.get(key, made::incrementAndGet);

        assertThat(made).hasValue(2);
    }
}

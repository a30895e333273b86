package vn.doimoi.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.projects.ResultRegistered;

/**
 * The marketplace hears {@link ResultRegistered} from projects (DESIGN.md §3, §8): the registered
 * result of a state-funded task becomes one draft offer of its host organisation. The module and
 * what it depends on start on the real (embedded) PostgreSQL; the event goes through Modulith's
 * publication registry as in production.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class ResultOffersModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegisteredResultBecomesADraftOfferOfItsHost(Scenario scenario) {
        UUID resultId = UUID.randomUUID();
        UUID host = UUID.randomUUID();

        scenario.publish(registered(resultId, host))
                .andWaitForStateChange(() -> offerFrom(resultId), Optional::isPresent)
                .andVerify(offer -> assertThat(offer)
                        .contains(new Offer("OFFER", "DRAFT", host, true, "Giống lúa chịu mặn ĐM-25")));
    }

    @Test
    void aResultHeardTwiceMakesOneOffer(Scenario scenario) {
        UUID resultId = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        scenario.publish(registered(resultId, host))
                .andWaitForStateChange(() -> offerFrom(resultId), Optional::isPresent);

        scenario.publish(registered(resultId, host))
                .andWaitForStateChange(() -> offersOf(host), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
    }

    private static ResultRegistered registered(UUID resultId, UUID host) {
        return new ResultRegistered(
                resultId,
                UUID.randomUUID(),
                "Giống lúa chịu mặn ĐM-25",
                "Năng suất 6 tấn/ha trên đất nhiễm mặn 4‰",
                host,
                List.of("40101"),
                "12/2026/ĐK-KQ",
                LocalDate.of(2026, 12, 1));
    }

    private Optional<Offer> offerFrom(UUID resultId) {
        return jdbc.sql("""
                        SELECT kind, status, owner_org_id, state_funded, title
                        FROM market.listing WHERE source_result_id = ?""").param(resultId).query(Offer.class).optional();
    }

    private long offersOf(UUID host) {
        return jdbc.sql("SELECT count(*) FROM market.listing WHERE owner_org_id = ?")
                .param(host)
                .query(Long.class)
                .single();
    }

    record Offer(String kind, String status, UUID ownerOrgId, boolean stateFunded, String title) {}
}

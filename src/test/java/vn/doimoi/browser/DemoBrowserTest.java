package vn.doimoi.browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the browser tests on the demo content share: one application with the demo loaded (one
 * configuration, so one application for all of them: each walks records the others leave alone)
 * and the demo accounts' password.
 */
// The demo loads only into a database it has to itself (each loader stands back where its kind of
// record exists): on the embedded server, even where CI points the other tests at its shared database.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@ActiveProfiles({"test", "demo"})
abstract class DemoBrowserTest extends BrowserTest {

    /** Every demo account's password (README). */
    static final String DEMO_PASSWORD = "doimoi-demo-2026";
}

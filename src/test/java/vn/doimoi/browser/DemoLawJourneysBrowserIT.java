package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.doimoi.opendata.CerifSchemas;

/**
 * Issue 19's "Done means" on the demo, in a real browser at desktop width and at 390 px: a visitor
 * finds on the public register the demo's 2025 task that failed its evaluation, closed under risk
 * acceptance, and the demo's commercialised result with the authors' share; then the whole demo is
 * harvested over OAI-PMH as a harvester would, and every record validates against the OpenAIRE CERIF
 * profile (skipped with a message when the shared conformance folder is absent). STAFF publishing a
 * 2025 rule version in the browser is {@link RulesBrowserIT}. Screenshots in target/screenshots/.
 */
class DemoLawJourneysBrowserIT extends DemoBrowserTest {

    private static final String FAILED_TASK =
            "Thử nghiệm mô hình nuôi tôm càng xanh luân canh trên ruộng lúa vùng Đồng Tháp Mười";
    private static final String RISK_ACCEPTED = "Không đạt — đã tuân thủ quy trình, chấp nhận rủi ro";
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    @Test
    void aVisitorReadsTheRiskAcceptanceAndTheAuthorsShareOnADesktop() throws Exception {
        walk(new Journey(browser, port, false));
    }

    @Test
    void aVisitorReadsTheRiskAcceptanceAndTheAuthorsShareOnAPhone() throws Exception {
        Journey phone = new Journey(browser, port, true);
        walk(phone);
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
    }

    @Test
    void anOaiPmhHarvestOfTheDemoValidatesAgainstTheCerifProfile() throws Exception {
        CerifSchemas schemas = CerifSchemas.load();
        HttpClient http = HttpClient.newHttpClient();
        String next = "/oai?verb=ListRecords&metadataPrefix=oai_cerif_openaire";
        List<String> sets = new ArrayList<>();
        int records = 0;
        int pages = 0;
        boolean commercialised = false;
        while (next != null && pages++ < 100) {
            byte[] body = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + next))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
            builders.setNamespaceAware(true);
            Document page = builders.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            schemas.envelope.newValidator().validate(new DOMSource(page));
            NodeList list = page.getElementsByTagNameNS(OAI, "record");
            for (int i = 0; i < list.getLength(); i++) {
                Element record = (Element) list.item(i);
                sets.add(record.getElementsByTagNameNS(OAI, "setSpec").item(0).getTextContent());
                Element metadata =
                        (Element) record.getElementsByTagNameNS(OAI, "metadata").item(0);
                Element entity = firstElement(metadata);
                schemas.cerif.newValidator().validate(new DOMSource(entity));
                commercialised |= entity.getTextContent().contains("Chi cho tác giả");
                records++;
            }
            NodeList tokens = page.getElementsByTagNameNS(OAI, "resumptionToken");
            String token = tokens.getLength() == 0 ? "" : tokens.item(0).getTextContent();
            next = token.isEmpty()
                    ? null
                    : "/oai?verb=ListRecords&resumptionToken="
                            + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
        }
        System.out.printf("OAI-PMH harvest of the demo: %d records on %d pages, all valid%n", records, pages);
        assertThat(sets)
                .contains(
                        "openaire_cris_projects",
                        "openaire_cris_funding",
                        "openaire_cris_orgunits",
                        "openaire_cris_persons",
                        "openaire_cris_products");
        assertThat(commercialised)
                .as("the demo's licensed result carries its authors' share")
                .isTrue();
    }

    private void walk(Journey journey) {
        // the public register of tasks: the demo's failed 2025 task, closed under risk acceptance
        browser.get("http://localhost:" + port + "/tasks?size=100");
        WebElement row = browser.findElements(By.cssSelector("#tasks tbody tr")).stream()
                .filter(tr -> tr.getText().contains(FAILED_TASK))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo's failed task is not on the public register"));
        assertThat(row.findElement(By.cssSelector(".task-stage")).getText()).isEqualTo(RISK_ACCEPTED);
        Browser.screenshot(browser, "law-risk-accepted-" + journey.width());

        // the public register of results: the licensed result and what its authors were paid
        browser.get("http://localhost:" + port + "/results");
        browser.findElements(By.cssSelector("#results h2 a")).stream()
                .filter(a -> a.getText().contains("Chế phẩm vi sinh phân giải rơm rạ"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo's result is not on the public register"))
                .click();
        Browser.expectText(
                browser,
                By.cssSelector("#commercialisations tbody"),
                text -> text.contains("Công ty TNHH Phân bón hữu cơ Đồng Tháp Mười"),
                "the licence to Công ty TNHH Phân bón hữu cơ Đồng Tháp Mười");
        assertThat(browser.findElement(By.cssSelector("#commercialisations tbody"))
                        .getText())
                .contains("1.200.000.000 ₫", "120.000.000 ₫", "40.000.000 ₫");
        Browser.screenshot(browser, "law-authors-share-" + journey.width());
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("empty " + parent.getLocalName());
    }
}

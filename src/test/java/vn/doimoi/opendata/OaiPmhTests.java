package vn.doimoi.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ContractTerms;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.results.CommercialisationKind;
import vn.doimoi.projects.results.CommercialisationTerms;
import vn.doimoi.projects.results.Commercialisations;
import vn.doimoi.projects.results.ProtectionTitle;
import vn.doimoi.projects.results.ProtectionTitleKind;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.selection.ApprovedTasks;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;
import vn.doimoi.projects.tasks.TaskRepository;

/**
 * Issue 19: the OAI-PMH endpoint harvested as a harvester would, on the real database. A task, its
 * call, its host, a scientist and the task's registered result, made through the services, come
 * out in their sets; every page validates against OAI-PMH.xsd (with the CERIF profile for the
 * payload) and every record on its own against openaire-cerif-profile.xsd, both resolved from the
 * shared conformance folder only; incremental harvests and the protocol's errors behave as OAI-PMH
 * says.
 */
@DoimoiSpringTest
class OaiPmhTests {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String CERIF = "https://www.openaire.eu/cerif-profile/1.2/";
    static final String PREFIX = "oai_cerif_openaire";

    static CerifSchemas schemas;

    /** How many pages the last {@link #harvest} read. */
    int pagesRead;

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    Directory directory;

    @Autowired
    CallRepository calls;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    TaskRepository tasks;

    @Autowired
    TaskExecutions executions;

    @Autowired
    ResultRegistration resultRegistration;

    @Autowired
    Commercialisations commercialisations;

    @BeforeAll
    static void schemas() throws Exception {
        schemas = CerifSchemas.load();
    }

    @Test
    void everySetHarvestsAsValidCerifWithPublicFactsOnly() throws Exception {
        // given an organisation with private contacts, a scientist there, a task it hosts and its registered result
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID host = organisations.create(new OrganisationData(
                OrganisationType.UNIVERSITY,
                "Trường Đại học Thử nghiệm " + suffix,
                "ĐHTN",
                null,
                null,
                Set.of("401"),
                "Tây Ninh",
                null,
                "12 đường Bí Mật",
                "lienhe-" + suffix + "@example.vn",
                "0901234567",
                "www.dhtn.example.vn",
                null));
        UUID person = directory.ensureExpert(
                "Nguyễn Văn Thử " + suffix, Degree.TS, "Giảng viên", host, Set.of("401"), "Vi sinh", null);
        TaskApproved approved = ApprovedTasks.approved(calls, dossiers, tasks, host);
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        UUID result = registeredResult(approved, host);

        Map<String, UUID> expected = new LinkedHashMap<>();
        expected.put("openaire_cris_orgunits", host);
        expected.put("openaire_cris_persons", person);
        expected.put("openaire_cris_projects", task);
        expected.put("openaire_cris_funding", tasks.findById(task).orElseThrow().callId());
        expected.put("openaire_cris_products", result);

        // when each set is harvested in full, page by page, then every record is valid CERIF
        int validated = 0;
        for (Map.Entry<String, UUID> set : expected.entrySet()) {
            List<Element> records = harvest("ListRecords", "metadataPrefix", PREFIX, "set", set.getKey());
            Element ours = null;
            for (Element record : records) {
                Element metadata = child(record, OAI, "metadata");
                Element entity = firstElement(metadata);
                schemas.cerif.newValidator().validate(new DOMSource(entity));
                validated++;
                assertThat(text(child(child(record, OAI, "header"), OAI, "setSpec")))
                        .isEqualTo(set.getKey());
                if (entity.getAttribute("id").endsWith("/" + set.getValue())) {
                    ours = entity;
                }
            }
            assertThat(ours).as("%s lists %s", set.getKey(), set.getValue()).isNotNull();
            System.out.printf(
                    "OAI-PMH %s: %d records valid against openaire-cerif-profile.xsd%n", set.getKey(), records.size());
            String xml = ours.getTextContent();
            assertThat(xml).doesNotContain("0901234567", "@example.vn", "Bí Mật");
        }
        assertThat(validated).isGreaterThanOrEqualTo(5);

        // the whole list in one run through all sets holds each of them too, and no record twice
        List<Element> all = harvest("ListIdentifiers", "metadataPrefix", PREFIX);
        Set<String> identifiers = new HashSet<>();
        for (Element header : all) {
            assertThat(identifiers.add(text(child(header, OAI, "identifier")))).isTrue();
        }
        for (UUID id : expected.values()) {
            assertThat(identifiers).anyMatch(identifier -> identifier.endsWith("/" + id));
        }

        // GetRecord and ListMetadataFormats know a record by its identifier; the project names its host
        String projectId = identifiers.stream()
                .filter(i -> i.endsWith("Projects/" + task))
                .findFirst()
                .orElseThrow();
        System.out.printf("OAI-PMH ListIdentifiers over all sets: %d headers%n", all.size());
        Document record = oai(get("/oai")
                .param("verb", "GetRecord")
                .param("identifier", projectId)
                .param("metadataPrefix", PREFIX));
        Element project = firstElement(
                child(child(child(record.getDocumentElement(), OAI, "GetRecord"), OAI, "record"), OAI, "metadata"));
        schemas.cerif.newValidator().validate(new DOMSource(project));
        assertThat(project.getTextContent()).contains("Trường Đại học Thử nghiệm " + suffix, approved.code());
        Document formats = oai(get("/oai").param("verb", "ListMetadataFormats").param("identifier", projectId));
        assertThat(formats.getElementsByTagNameNS(OAI, "metadataPrefix").item(0).getTextContent())
                .isEqualTo(PREFIX);
    }

    @Test
    void aProductCarriesItsCommercialisationsAndTheSharesPaidInCerifAndInTheChangeFeed() throws Exception {
        // given a registered result of a task approved under the 2025 sharing version (shares public)
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID host = organisation("Viện Thương Mại Hóa");
        TaskApproved approved = ApprovedTasks.approved(calls, dossiers, tasks, host);
        executions.taskApproved(approved);
        UUID result = registeredResult(approved, host);
        Thread.sleep(50);
        java.time.Instant afterRegistration = java.time.Instant.now();
        Thread.sleep(50);

        // when its owner records a licence and a sale (authors at least 30%, intermediaries 10% of the base)
        CurrentUser staff = new CurrentUser(new UserId(UUID.randomUUID()), "canbo-oai", EnumSet.of(Role.STAFF), null);
        commercialisations.record(
                staff,
                result,
                new CommercialisationTerms(
                        CommercialisationKind.LICENCE,
                        LocalDate.of(2026, 11, 15),
                        "Công ty Phân bón " + suffix,
                        new BigDecimal("1500000000"),
                        new BigDecimal("1000000000"),
                        new BigDecimal("60"),
                        new BigDecimal("200000000"),
                        null));
        commercialisations.record(
                staff,
                result,
                new CommercialisationTerms(
                        CommercialisationKind.SALE,
                        LocalDate.of(2026, 12, 1),
                        "HTX Tân Thạnh " + suffix,
                        new BigDecimal("500000000"),
                        new BigDecimal("500000000"),
                        new BigDecimal("50"),
                        new BigDecimal("75000000"),
                        new BigDecimal("25000000")));

        // then its CERIF record validates and names both, with the public amounts, dated as concluded
        Document record = oai(get("/oai")
                .param("verb", "GetRecord")
                .param("identifier", "oai:doimoi.example.gov.vn:Products/" + result)
                .param("metadataPrefix", PREFIX));
        Element product = firstElement(
                child(child(child(record.getDocumentElement(), OAI, "GetRecord"), OAI, "record"), OAI, "metadata"));
        schemas.cerif.newValidator().validate(new DOMSource(product));
        List<String> kinds = new ArrayList<>();
        NodeList classifications = product.getElementsByTagNameNS(CERIF, "Classification");
        for (int i = 0; i < classifications.getLength(); i++) {
            Element classification = (Element) classifications.item(i);
            kinds.add(classification.getTextContent().replaceAll(".*#", "") + " "
                    + classification.getAttribute("startDate"));
        }
        assertThat(kinds).containsExactly("SALE 2026-12-01", "LICENCE 2026-11-15");
        String text = product.getTextContent();
        assertThat(text)
                .contains("Chuyển quyền sử dụng (li-xăng), bên nhận Công ty Phân bón " + suffix + ", ngày 15/11/2026")
                .contains("Thu nhập 1.500.000.000 ₫")
                .contains("Chi cho tác giả 200.000.000 ₫")
                .contains("Chi cho bên trung gian 25.000.000 ₫");

        // and the JSON change feed lists the result again from the first commercialisation on, with both
        String feed = mvc.perform(get("/api/v1/open-data/products").param("since", afterRegistration.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> ours =
                com.jayway.jsonpath.JsonPath.read(feed, "$.items[?(@.id == '" + result + "')].commercialisations[*]");
        assertThat(ours).hasSize(2);
        assertThat(ours.get(0)).containsEntry("kind", "SALE").containsEntry("counterparty", "HTX Tân Thạnh " + suffix);
        assertThat(((Number) ours.get(0).get("authorsAmount")).longValue()).isEqualTo(75_000_000L);
        assertThat(((Number) ours.get(1).get("income")).longValue()).isEqualTo(1_500_000_000L);
    }

    @Test
    void aPatentedResultIsAlsoACerifPatentWithItsCommercialisations() throws Exception {
        // given two registered results of 2025-law tasks, one protected by a patent granted ten days ago
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        java.time.Instant start = java.time.Instant.now();
        UUID host = organisation("Viện Sáng Chế");
        TaskApproved approved = ApprovedTasks.approved(calls, dossiers, tasks, host);
        executions.taskApproved(approved);
        UUID patented = registeredResult(approved, host);
        TaskApproved other = ApprovedTasks.approved(calls, dossiers, tasks, host);
        executions.taskApproved(other);
        UUID unprotected = registeredResult(other, host);
        CurrentUser staff = new CurrentUser(new UserId(UUID.randomUUID()), "canbo-oai", EnumSet.of(Role.STAFF), null);
        LocalDate granted = LocalDate.now().minusDays(10);
        commercialisations.recordProtectionTitle(
                staff, patented, new ProtectionTitle(ProtectionTitleKind.PATENT, "1-0034567-" + suffix, granted));

        // and its owner licenses it and contributes it as capital
        commercialisations.record(
                staff,
                patented,
                new CommercialisationTerms(
                        CommercialisationKind.LICENCE,
                        LocalDate.of(2026, 11, 15),
                        "Công ty Giống cây " + suffix,
                        new BigDecimal("800000000"),
                        new BigDecimal("600000000"),
                        new BigDecimal("60"),
                        new BigDecimal("180000000"),
                        null));
        commercialisations.record(
                staff,
                patented,
                new CommercialisationTerms(
                        CommercialisationKind.CAPITAL_CONTRIBUTION,
                        LocalDate.of(2026, 12, 1),
                        "Công ty CP Sen Đá " + suffix,
                        new BigDecimal("400000000"),
                        new BigDecimal("400000000"),
                        new BigDecimal("50"),
                        new BigDecimal("60000000"),
                        null));

        // then the patents set lists it, and only it of the two, each record valid CERIF
        List<Element> records = harvest("ListRecords", "metadataPrefix", PREFIX, "set", "openaire_cris_patents");
        Element patent = null;
        for (Element record : records) {
            Element entity = firstElement(child(record, OAI, "metadata"));
            schemas.cerif.newValidator().validate(new DOMSource(entity));
            assertThat(entity.getLocalName()).isEqualTo("Patent");
            assertThat(entity.getAttribute("id")).isNotEqualTo("Patents/" + unprotected);
            if (entity.getAttribute("id").equals("Patents/" + patented)) {
                patent = entity;
            }
        }
        assertThat(patent).as("the patents set lists the patented result").isNotNull();

        // and the Patent carries its number, grant day, holder, both commercialisations and its Product
        assertThat(text(child(patent, "https://www.openaire.eu/cerif-profile/vocab/COAR_Patent_Types", "Type")))
                .isEqualTo("http://purl.org/coar/resource_type/c_15cd");
        assertThat(text(child(patent, CERIF, "PatentNumber"))).isEqualTo("1-0034567-" + suffix);
        assertThat(text(child(patent, CERIF, "ApprovalDate"))).isEqualTo(granted.toString());
        assertThat(text(child(patent, CERIF, "Holders"))).contains("Viện Sáng Chế");
        assertThat(child(child(patent, CERIF, "References"), CERIF, "Product").getAttribute("id"))
                .isEqualTo("Products/" + patented);
        List<String> kinds = new ArrayList<>();
        NodeList classifications = patent.getElementsByTagNameNS(CERIF, "Classification");
        for (int i = 0; i < classifications.getLength(); i++) {
            Element classification = (Element) classifications.item(i);
            kinds.add(classification.getTextContent().replaceAll(".*#", "") + " "
                    + classification.getAttribute("startDate"));
        }
        assertThat(kinds).containsExactly("CAPITAL_CONTRIBUTION 2026-12-01", "LICENCE 2026-11-15");
        assertThat(patent.getTextContent())
                .contains("Công ty Giống cây " + suffix)
                .contains("Thu nhập 800.000.000 ₫")
                .contains("Chi cho tác giả 180.000.000 ₫");

        // the result stays a Product too, and the JSON change feed of patents names its title
        Document product = oai(get("/oai")
                .param("verb", "GetRecord")
                .param("identifier", "oai:doimoi.example.gov.vn:Products/" + patented)
                .param("metadataPrefix", PREFIX));
        assertThat(product.getElementsByTagNameNS(CERIF, "Product").getLength()).isEqualTo(1);
        mvc.perform(get("/api/v1/open-data/patents").param("since", start.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + patented + "')].protectionTitle.number")
                        .value("1-0034567-" + suffix))
                .andExpect(jsonPath("$.items[?(@.id == '" + unprotected + "')]").isEmpty());
    }

    @Test
    void identifyAndListSetsAnswerAsTheGuidelinesShow() throws Exception {
        Document identify = oai(get("/oai").param("verb", "Identify"));
        assertThat(identify.getElementsByTagNameNS(OAI, "deletedRecord").item(0).getTextContent())
                .isEqualTo("no");
        assertThat(identify.getElementsByTagNameNS(OAI, "granularity").item(0).getTextContent())
                .isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(identify.getElementsByTagNameNS(CERIF, "Service").getLength())
                .isEqualTo(1);
        Document sets = oai(get("/oai").param("verb", "ListSets"));
        List<String> specs = new ArrayList<>();
        NodeList list = sets.getElementsByTagNameNS(OAI, "setSpec");
        for (int i = 0; i < list.getLength(); i++) {
            specs.add(list.item(i).getTextContent());
        }
        assertThat(specs)
                .containsExactly(
                        "openaire_cris_projects",
                        "openaire_cris_funding",
                        "openaire_cris_orgunits",
                        "openaire_cris_persons",
                        "openaire_cris_products",
                        "openaire_cris_patents");
    }

    @Test
    void anIncrementalHarvestListsWhatChangedInItsRangeOnly() throws Exception {
        UUID earlier = organisation("Viện Trước");
        Thread.sleep(1_100);
        UUID later = organisation("Viện Sau");
        String earlierStamp = datestamp("OrgUnits/" + earlier);
        String laterStamp = datestamp("OrgUnits/" + later);
        assertThat(laterStamp).isGreaterThan(earlierStamp);

        Set<String> fromLater = ids(harvest(
                "ListIdentifiers", "metadataPrefix", PREFIX, "set", "openaire_cris_orgunits", "from", laterStamp));
        assertThat(fromLater).anyMatch(id -> id.endsWith(later.toString()));
        assertThat(fromLater).noneMatch(id -> id.endsWith(earlier.toString()));

        Set<String> untilEarlier = ids(harvest(
                "ListIdentifiers", "metadataPrefix", PREFIX, "set", "openaire_cris_orgunits", "until", earlierStamp));
        assertThat(untilEarlier).anyMatch(id -> id.endsWith(earlier.toString()));
        assertThat(untilEarlier).noneMatch(id -> id.endsWith(later.toString()));

        Set<String> both = ids(harvest(
                "ListIdentifiers",
                "metadataPrefix",
                PREFIX,
                "set",
                "openaire_cris_orgunits",
                "from",
                earlierStamp,
                "until",
                laterStamp));
        assertThat(both).anyMatch(id -> id.endsWith(earlier.toString()));
        assertThat(both).anyMatch(id -> id.endsWith(later.toString()));
        String day = earlierStamp.substring(0, 10);
        assertThat(ids(harvest(
                        "ListIdentifiers", "metadataPrefix", PREFIX, "set", "openaire_cris_orgunits", "from", day)))
                .anyMatch(id -> id.endsWith(earlier.toString()));
    }

    @Test
    void aLongListComesInPagesOfAHundredLinkedByResumptionTokens() throws Exception {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            created.add(organisation("Viện Trang " + i));
        }
        String from = datestamp("OrgUnits/" + created.get(0));

        List<Element> headers =
                harvest("ListIdentifiers", "metadataPrefix", PREFIX, "set", "openaire_cris_orgunits", "from", from);

        assertThat(pagesRead).isGreaterThanOrEqualTo(2);
        Set<String> ids = ids(headers);
        assertThat(ids).hasSize(headers.size());
        for (UUID id : created) {
            assertThat(ids).contains("oai:doimoi.example.gov.vn:OrgUnits/" + id);
        }

        // the same list as full records: every one valid CERIF, on every page
        List<Element> records =
                harvest("ListRecords", "metadataPrefix", PREFIX, "set", "openaire_cris_orgunits", "from", from);
        assertThat(pagesRead).isGreaterThanOrEqualTo(2);
        for (Element record : records) {
            schemas.cerif.newValidator().validate(new DOMSource(firstElement(child(record, OAI, "metadata"))));
        }
        System.out.printf(
                "OAI-PMH ListRecords openaire_cris_orgunits from %s: %d records on %d pages, all valid%n",
                from, records.size(), pagesRead);

        // without a set the list runs through every set, its tokens crossing from one to the next
        List<Element> everything = harvest("ListIdentifiers", "metadataPrefix", PREFIX, "from", from);
        assertThat(pagesRead).isGreaterThanOrEqualTo(2);
        Set<String> all = ids(everything);
        assertThat(all).hasSize(everything.size()).containsAll(ids);
    }

    @Test
    void theSameRecordsAreAJsonChangeFeedDocumentedInOpenApi() throws Exception {
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        UUID first = organisation("Viện Nguồn Cấp");
        UUID second = organisation("Viện Nguồn Cấp");

        String page = mvc.perform(get("/api/v1/open-data/orgunits")
                        .param("since", before.toString())
                        .param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("orgunits"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].changedAt").exists())
                .andExpect(jsonPath("$.next").isString())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String next = com.jayway.jsonpath.JsonPath.read(page, "$.next");
        List<String> seen = new ArrayList<>(com.jayway.jsonpath.JsonPath.read(page, "$.items[*].id"));
        while (next != null) {
            String more = mvc.perform(get("/api/v1/open-data/orgunits")
                            .param("after", next)
                            .param("size", "1"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            seen.addAll(com.jayway.jsonpath.JsonPath.read(more, "$.items[*].id"));
            next = com.jayway.jsonpath.JsonPath.read(more, "$.next");
        }
        assertThat(seen).contains(first.toString(), second.toString()).doesNotHaveDuplicates();

        mvc.perform(get("/api/v1/open-data/secrets")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/open-data/persons").param("since", "yesterday"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/open-data/persons").param("after", "<garbage>"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/open-data/persons").param("size", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/open-data/{type}']").exists());
    }

    @Test
    void badRequestsGetTheProtocolsErrorCodes() throws Exception {
        assertThat(error(get("/oai"))).isEqualTo("badVerb");
        assertThat(error(get("/oai").param("verb", "ListEverything"))).isEqualTo("badVerb");
        assertThat(error(get("/oai").param("verb", "Identify", "Identify"))).isEqualTo("badVerb");
        assertThat(error(get("/oai").param("verb", "Identify").param("set", "x")))
                .isEqualTo("badArgument");
        assertThat(error(get("/oai").param("verb", "ListRecords"))).isEqualTo("badArgument");
        assertThat(error(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")))
                .isEqualTo("cannotDisseminateFormat");
        assertThat(error(get("/oai")
                        .param("verb", "ListRecords")
                        .param("metadataPrefix", PREFIX)
                        .param("from", "99999-01-01")))
                .isEqualTo("badArgument");
        assertThat(error(get("/oai")
                        .param("verb", "ListRecords")
                        .param("metadataPrefix", PREFIX)
                        .param("from", "2026-13-45")))
                .isEqualTo("badArgument");
        assertThat(error(get("/oai")
                        .param("verb", "ListIdentifiers")
                        .param("metadataPrefix", PREFIX)
                        .param("from", "2026-01-01")
                        .param("until", "2026-12-01T00:00:00Z")))
                .isEqualTo("badArgument");
        assertThat(error(get("/oai")
                        .param("verb", "ListIdentifiers")
                        .param("metadataPrefix", PREFIX)
                        .param("from", "2026-12-01")
                        .param("until", "2026-01-01")))
                .isEqualTo("badArgument");
        assertThat(error(get("/oai")
                        .param("verb", "ListRecords")
                        .param("metadataPrefix", PREFIX)
                        .param("set", "openaire_cris_events")))
                .isEqualTo("badArgument");
        assertThat(error(get("/oai").param("verb", "ListRecords").param("resumptionToken", "<garbage>")))
                .isEqualTo("badResumptionToken");
        assertThat(error(get("/oai").param("verb", "ListRecords").param("resumptionToken", "dDF8MHxQUk9KRUNUU3x4")))
                .isEqualTo("badResumptionToken");
        assertThat(error(get("/oai")
                        .param("verb", "ListRecords")
                        .param("resumptionToken", "abc")
                        .param("metadataPrefix", PREFIX)))
                .isEqualTo("badArgument");
        assertThat(error(get("/oai")
                        .param("verb", "GetRecord")
                        .param("identifier", "oai:doimoi.example.gov.vn:Projects/" + UUID.randomUUID())
                        .param("metadataPrefix", PREFIX)))
                .isEqualTo("idDoesNotExist");
        assertThat(error(get("/oai")
                        .param("verb", "GetRecord")
                        .param("identifier", "nonsense")
                        .param("metadataPrefix", PREFIX)))
                .isEqualTo("idDoesNotExist");
        assertThat(error(get("/oai")
                        .param("verb", "ListIdentifiers")
                        .param("metadataPrefix", PREFIX)
                        .param("set", "openaire_cris_projects")
                        .param("until", "2000-01-01")))
                .isEqualTo("noRecordsMatch");
    }

    private UUID registeredResult(TaskApproved approved, UUID host) {
        UUID task = approved.taskId();
        CurrentUser staff = new CurrentUser(new UserId(UUID.randomUUID()), "canbo-oai", EnumSet.of(Role.STAFF), null);
        CurrentUser member =
                new CurrentUser(new UserId(UUID.randomUUID()), "host-oai", EnumSet.of(Role.ORG_MEMBER), host);
        ContractTerms terms = executions.suggestedTerms(staff, task);
        executions.draftContract(staff, task, terms);
        executions.signContract(staff, task, terms.startOn());
        executions.submitAcceptance(
                member, task, "Báo cáo", "Tóm tắt", "Tài chính", "Tự đánh giá", List.of(), SignedTasks.CONTRIBUTIONS);
        ProductGrades passed = new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED);
        executions.concludeAcceptance(
                staff, task, Map.of(approved.products().get(0).productId(), passed), Grade.PASSED, null);
        UUID result = resultRegistration.submitResult(
                member,
                task,
                new ResultRegistration.ResultInput(
                        "Quy trình nhân giống sen đá",
                        "Tóm tắt kết quả",
                        "ThS. Trần Thị B",
                        "sen đá, nuôi cấy mô",
                        "Nhà vườn"),
                List.of());
        resultRegistration.registerResult(staff, task, "31/2026/KQNV", LocalDate.now());
        return result;
    }

    private UUID organisation(String name) {
        return organisations.create(new OrganisationData(
                OrganisationType.INSTITUTE,
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                null,
                null,
                null,
                Set.of(),
                "Tây Ninh",
                null,
                null,
                null,
                null,
                null,
                null));
    }

    private String datestamp(String localId) throws Exception {
        Document record = oai(get("/oai")
                .param("verb", "GetRecord")
                .param("identifier", "oai:doimoi.example.gov.vn:" + localId)
                .param("metadataPrefix", PREFIX));
        return record.getElementsByTagNameNS(OAI, "datestamp").item(0).getTextContent();
    }

    /** Every record (ListRecords) or header (ListIdentifiers) of a list, following its resumption tokens. */
    private List<Element> harvest(String verb, String... arguments) throws Exception {
        List<Element> items = new ArrayList<>();
        MockHttpServletRequestBuilder request = get("/oai").param("verb", verb);
        for (int i = 0; i < arguments.length; i += 2) {
            request.param(arguments[i], arguments[i + 1]);
        }
        pagesRead = 0;
        for (int pages = 0; pages < 1000; pages++) {
            Document page = oai(request);
            pagesRead++;
            NodeList errors = page.getElementsByTagNameNS(OAI, "error");
            if (errors.getLength() > 0) {
                assertThat(((Element) errors.item(0)).getAttribute("code")).isEqualTo("noRecordsMatch");
                return items;
            }
            Element list = child(page.getDocumentElement(), OAI, verb);
            String token = null;
            for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    if (element.getLocalName().equals("resumptionToken")) {
                        token = element.getTextContent();
                    } else {
                        items.add(element);
                    }
                }
            }
            if (token == null || token.isEmpty()) {
                return items;
            }
            request = get("/oai").param("verb", verb).param("resumptionToken", token);
        }
        throw new AssertionError("more than 1,000 pages");
    }

    /** The answer, parsed and validated against OAI-PMH.xsd (with the CERIF profile for the payload). */
    private Document oai(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/xml");
        DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Document document =
                builders.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        schemas.envelope.newValidator().validate(new DOMSource(document));
        return document;
    }

    private String error(MockHttpServletRequestBuilder request) throws Exception {
        NodeList errors = oai(request).getElementsByTagNameNS(OAI, "error");
        assertThat(errors.getLength()).isEqualTo(1);
        return ((Element) errors.item(0)).getAttribute("code");
    }

    private static Set<String> ids(List<Element> headers) {
        Set<String> ids = new HashSet<>();
        headers.forEach(header -> ids.add(text(child(header, OAI, "identifier"))));
        return ids;
    }

    private static Element child(Element parent, String namespace, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("empty " + parent.getLocalName());
    }

    private static String text(Element element) {
        return element.getTextContent();
    }
}

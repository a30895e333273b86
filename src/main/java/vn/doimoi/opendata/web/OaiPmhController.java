package vn.doimoi.opendata.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.opendata.OpenDataProperties;
import vn.doimoi.opendata.web.CerifRecords.Item;
import vn.doimoi.shared.ChangeWindow;
import vn.doimoi.shared.web.PublicSite;

/**
 * The OAI-PMH 2.0 endpoint (ADR 0048): Identify, ListMetadataFormats, ListSets, ListIdentifiers,
 * ListRecords and GetRecord over the public records, in the one metadata format
 * {@value #PREFIX} (CERIF-XML, OpenAIRE Guidelines for CRIS Managers 1.2). Every error is the
 * protocol's own error element with HTTP 200, as OAI-PMH says; nothing a harvester sends answers 500.
 */
@RestController
class OaiPmhController {

    static final String PREFIX = "oai_cerif_openaire";
    static final int PAGE = 100;

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String OAI_IDENTIFIER = "http://www.openarchives.org/OAI/2.0/oai-identifier";
    private static final String COMPATIBILITY =
            "https://www.openaire.eu/cerif-profile/vocab/OpenAIRE_Service_Compatibility";
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final CerifRecords records;
    private final CerifWriter cerif;
    private final PublicSite site;
    private final OpenDataProperties properties;
    private final Clock clock;

    OaiPmhController(
            CerifRecords records, CerifWriter cerif, PublicSite site, OpenDataProperties properties, Clock clock) {
        this.records = records;
        this.cerif = cerif;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/oai")
    ResponseEntity<byte[]> oai(@RequestParam MultiValueMap<String, String> arguments) throws XMLStreamException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(body, "UTF-8");
        Response response = new Response(new Xml(writer));
        answer(arguments, response);
        response.end();
        writer.close();
        return ResponseEntity.ok().contentType(XML).body(body.toByteArray());
    }

    private void answer(MultiValueMap<String, String> arguments, Response response) throws XMLStreamException {
        OaiArguments checked = OaiArguments.of(arguments);
        if (checked.error() != null) {
            response.error(checked.error(), checked.reason());
            return;
        }
        String verb = checked.verb();
        Map<String, String> args = checked.values();
        boolean resuming = args.containsKey("resumptionToken");
        String prefix = args.get("metadataPrefix");
        String identifier = args.get("identifier");
        String set = args.get("set");
        if (set != null && OaiSet.bySpec(set).isEmpty()) {
            response.error("badArgument", "No such set; ListSets names them");
            return;
        }
        Optional<OaiDates.Bound> from = OaiDates.parse(args.get("from"));
        Optional<OaiDates.Bound> until = OaiDates.parse(args.get("until"));
        if ((from != null && from.isEmpty()) || (until != null && until.isEmpty())) {
            response.error("badArgument", "Dates are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
            return;
        }
        if (from != null && until != null) {
            if (from.get().day() != until.get().day()) {
                response.error("badArgument", "from and until must have the same granularity");
                return;
            }
            if (from.get().start().isAfter(until.get().start())) {
                response.error("badArgument", "from is after until");
                return;
            }
        }
        response.request(verb, args);
        switch (verb) {
            case "Identify" -> identify(response);
            case "ListMetadataFormats" -> listMetadataFormats(response, identifier);
            case "ListSets" -> listSets(response, resuming);
            case "GetRecord" -> getRecord(response, identifier, prefix);
            default -> {
                boolean withRecords = verb.equals("ListRecords");
                if (resuming) {
                    Optional<ResumptionToken> token = ResumptionToken.decode(args.get("resumptionToken"));
                    if (token.isEmpty()) {
                        response.error("badResumptionToken", "Not a resumption token this repository gave, or expired");
                    } else {
                        list(response, verb, withRecords, token.get(), true);
                    }
                } else if (!PREFIX.equals(prefix)) {
                    response.error("cannotDisseminateFormat", "Only " + PREFIX + " is served");
                } else {
                    Instant start =
                            from == null ? OaiDates.EARLIEST : from.get().start();
                    Instant end = until == null ? OaiDates.LATEST : until.get().end();
                    if (start.isBefore(OaiDates.EARLIEST)) {
                        start = OaiDates.EARLIEST;
                    }
                    if (end.isAfter(OaiDates.LATEST)) {
                        end = OaiDates.LATEST;
                    }
                    if (!start.isBefore(end)) {
                        response.error("noRecordsMatch", "No record in this range");
                        return;
                    }
                    OaiSet first = set == null
                            ? OaiSet.values()[0]
                            : OaiSet.bySpec(set).orElseThrow();
                    list(
                            response,
                            verb,
                            withRecords,
                            new ResumptionToken(set != null, first, start, ChangeWindow.FIRST, start, end),
                            false);
                }
            }
        }
    }

    private void identify(Response response) throws XMLStreamException {
        Xml xml = response.xml;
        String baseUrl = site.absolute("/oai");
        xml.open("Identify", OAI);
        xml.leaf("repositoryName", OAI, properties.repositoryName());
        xml.leaf("baseURL", OAI, baseUrl);
        xml.leaf("protocolVersion", OAI, "2.0");
        xml.leaf("adminEmail", OAI, properties.adminEmail());
        xml.leaf("earliestDatestamp", OAI, OaiDates.format(OaiDates.EARLIEST));
        xml.leaf("deletedRecord", OAI, "no");
        xml.leaf("granularity", OAI, "YYYY-MM-DDThh:mm:ssZ");
        xml.open("description", OAI);
        xml.openDefault("oai-identifier", OAI_IDENTIFIER)
                .namespace("xsi", XSI)
                .writer()
                .writeAttribute(
                        "xsi",
                        XSI,
                        "schemaLocation",
                        OAI_IDENTIFIER + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        xml.leaf("scheme", OAI_IDENTIFIER, "oai");
        xml.leaf("repositoryIdentifier", OAI_IDENTIFIER, properties.repositoryIdentifier());
        xml.leaf("delimiter", OAI_IDENTIFIER, ":");
        xml.leaf("sampleIdentifier", OAI_IDENTIFIER, oaiIdentifier(OaiSet.ORGUNITS, ChangeWindow.FIRST));
        xml.close().close();
        xml.open("description", OAI);
        xml.openDefault("Service", CerifWriter.NS).attribute("id", "Services/doimoi");
        xml.openDefault("Compatibility", COMPATIBILITY)
                .text(COMPATIBILITY + "#1.2")
                .close();
        xml.leaf("Acronym", CerifWriter.NS, "doimoi");
        xml.leaf("Name", CerifWriter.NS, CerifWriter.VI, properties.repositoryName());
        xml.leaf("WebsiteURL", CerifWriter.NS, site.absolute("/"));
        xml.leaf("OAIPMHBaseURL", CerifWriter.NS, baseUrl);
        xml.close().close();
        xml.close();
    }

    private void listMetadataFormats(Response response, @Nullable String identifier) throws XMLStreamException {
        if (identifier != null && find(identifier).isEmpty()) {
            response.error("idDoesNotExist", "No such record");
            return;
        }
        Xml xml = response.xml;
        xml.open("ListMetadataFormats", OAI).open("metadataFormat", OAI);
        xml.leaf("metadataPrefix", OAI, PREFIX);
        xml.leaf("schema", OAI, CerifWriter.SCHEMA);
        xml.leaf("metadataNamespace", OAI, CerifWriter.NS);
        xml.close().close();
    }

    private void listSets(Response response, boolean resuming) throws XMLStreamException {
        if (resuming) {
            response.error("badResumptionToken", "ListSets is never split into pages here");
            return;
        }
        Xml xml = response.xml;
        xml.open("ListSets", OAI);
        for (OaiSet set : OaiSet.values()) {
            xml.open("set", OAI)
                    .leaf("setSpec", OAI, set.spec)
                    .leaf("setName", OAI, set.label)
                    .close();
        }
        xml.close();
    }

    private void getRecord(Response response, @Nullable String identifier, @Nullable String prefix)
            throws XMLStreamException {
        Optional<Item> item = identifier == null ? Optional.empty() : find(identifier);
        if (item.isEmpty()) {
            response.error("idDoesNotExist", "No such record");
            return;
        }
        if (!PREFIX.equals(prefix)) {
            response.error("cannotDisseminateFormat", "Only " + PREFIX + " is served");
            return;
        }
        response.xml.open("GetRecord", OAI);
        record(response.xml, item.get(), records.links(List.of(item.get())), true);
        response.xml.close();
    }

    /** One page of a list: up to {@value #PAGE} records from the token's place on, through the sets in order. */
    private void list(Response response, String verb, boolean withRecords, ResumptionToken at, boolean resuming)
            throws XMLStreamException {
        List<Item> items = new ArrayList<>();
        OaiSet set = at.set();
        ChangeWindow window = new ChangeWindow(at.afterAt(), at.afterId(), at.before(), PAGE + 1);
        while (true) {
            items.addAll(records.page(set, window));
            boolean last = at.restricted() || set.ordinal() == OaiSet.values().length - 1;
            if (items.size() > PAGE || last) {
                break;
            }
            set = OaiSet.values()[set.ordinal() + 1];
            window = ChangeWindow.from(at.from(), at.before(), PAGE + 1 - items.size());
        }
        if (items.isEmpty()) {
            response.error("noRecordsMatch", "No record matches");
            return;
        }
        boolean more = items.size() > PAGE;
        List<Item> page = more ? items.subList(0, PAGE) : items;
        CerifRecords.Links links = withRecords ? records.links(page) : new CerifRecords.Links(Map.of(), Map.of());
        Xml xml = response.xml;
        xml.open(verb, OAI);
        for (Item item : page) {
            if (withRecords) {
                record(xml, item, links, true);
            } else {
                header(xml, item);
            }
        }
        if (more) {
            Item lastGiven = page.get(page.size() - 1);
            ResumptionToken next = new ResumptionToken(
                    at.restricted(), lastGiven.set(), lastGiven.changedAt(), lastGiven.id(), at.from(), at.before());
            xml.open("resumptionToken", OAI).text(next.encode()).close();
        } else if (resuming) {
            xml.open("resumptionToken", OAI).close();
        }
        xml.close();
    }

    private void record(Xml xml, Item item, CerifRecords.Links links, boolean withMetadata) throws XMLStreamException {
        xml.open("record", OAI);
        header(xml, item);
        if (withMetadata) {
            xml.open("metadata", OAI);
            cerif.write(xml, item, links);
            xml.close();
        }
        xml.close();
    }

    private void header(Xml xml, Item item) throws XMLStreamException {
        xml.open("header", OAI);
        xml.leaf("identifier", OAI, oaiIdentifier(item.set(), item.id()));
        xml.leaf("datestamp", OAI, OaiDates.format(item.changedAt()));
        xml.leaf("setSpec", OAI, item.set().spec);
        xml.close();
    }

    private String oaiIdentifier(OaiSet set, UUID id) {
        return "oai:" + properties.repositoryIdentifier() + ":" + CerifWriter.id(set, id);
    }

    /** The record an OAI identifier names, if it is public. */
    private Optional<Item> find(String identifier) {
        Matcher matcher = Pattern.compile("oai:" + Pattern.quote(properties.repositoryIdentifier())
                        + ":([A-Za-z]+)/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
                .matcher(identifier);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return OaiSet.byPrefix(matcher.group(1)).flatMap(set -> records.one(set, UUID.fromString(matcher.group(2))));
    }

    /** The envelope: OAI-PMH root, responseDate and request; the request's attributes only once valid. */
    private final class Response {

        final Xml xml;
        private boolean requestWritten;

        Response(Xml xml) throws XMLStreamException {
            this.xml = xml;
            xml.writer().writeStartDocument("UTF-8", "1.0");
            xml.openDefault("OAI-PMH", OAI).namespace("xsi", XSI);
            xml.writer()
                    .writeAttribute(
                            "xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            xml.leaf("responseDate", OAI, OaiDates.format(clock.instant()));
        }

        void request(String verb, Map<String, String> args) throws XMLStreamException {
            xml.open("request", OAI).attribute("verb", verb);
            for (Map.Entry<String, String> arg : args.entrySet()) {
                xml.attribute(arg.getKey(), arg.getValue());
            }
            xml.text(site.absolute("/oai")).close();
            requestWritten = true;
        }

        void error(String code, String message) throws XMLStreamException {
            if (!requestWritten) {
                xml.open("request", OAI).text(site.absolute("/oai")).close();
                requestWritten = true;
            }
            xml.open("error", OAI).attribute("code", code).text(message).close();
        }

        void end() throws XMLStreamException {
            xml.close();
            xml.writer().writeEndDocument();
        }
    }
}

package vn.doimoi.opendata.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.OpenDirectory.OpenOrganisation;
import vn.doimoi.directory.OpenDirectory.OpenPerson;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.opendata.web.CerifRecords.Item;
import vn.doimoi.opendata.web.CerifRecords.Links;
import vn.doimoi.projects.OpenTasks.OpenCall;
import vn.doimoi.projects.OpenTasks.OpenCommercialisation;
import vn.doimoi.projects.OpenTasks.OpenProtectionTitle;
import vn.doimoi.projects.OpenTasks.OpenResult;
import vn.doimoi.projects.OpenTasks.OpenTask;
import vn.doimoi.shared.text.VietnameseFormats;
import vn.doimoi.shared.web.PublicSite;

/**
 * One record as CERIF-XML after the OpenAIRE Guidelines for CRIS Managers 1.2, in the shapes of the
 * guidelines' samples: Project (approved task), Funding (call), OrgUnit (organisation), Person
 * (name, ORCID, affiliation: never e-mail, phone or ID numbers), Product (registered result, with
 * its commercialisations and the shares paid where the sharing rule makes them public) and Patent (a
 * registered result a patent or an industrial design protects, with the same commercialisations).
 */
@Component
class CerifWriter {

    static final String NS = "https://www.openaire.eu/cerif-profile/1.2/";
    static final String SCHEMA = "https://www.openaire.eu/schema/cris/1.2/openaire-cerif-profile.xsd";
    static final String FUNDING_TYPES = "https://www.openaire.eu/cerif-profile/vocab/OpenAIRE_Funding_Types";
    static final String PRODUCT_TYPES = "https://www.openaire.eu/cerif-profile/vocab/COAR_Product_Types";
    static final String PATENT_TYPES = "https://www.openaire.eu/cerif-profile/vocab/COAR_Patent_Types";
    static final String VI = "vi";

    /** The profile's ORCID pattern: an ORCID the schema would refuse is left out. */
    private static final Pattern ORCID = Pattern.compile(
            "https://orcid\\.org/0000-000((1-[5-9]|2-[0-9]|3-[0-4])[0-9]{3}-[0-9]{3}[0-9X]|3-5000-0001)");

    private static final String ORGANISATION_TYPES = "https://w3id.org/cerif/vocab/OrganisationTypes";
    private static final String PROJECT_REFERENCE = "https://w3id.org/cerif/vocab/IdentifierTypes#ProjectReference";
    /** COAR resource type "other": a registered result is a process, a prototype, a variety… */
    private static final String OTHER_PRODUCT = "http://purl.org/coar/resource_type/c_1843";
    /** COAR "patent" (bằng độc quyền sáng chế) and "design patent" (kiểu dáng công nghiệp). */
    private static final String PATENT = "http://purl.org/coar/resource_type/c_15cd";

    private static final String DESIGN_PATENT = "http://purl.org/coar/resource_type/C53B-JCY5";

    /** The site's own scheme for the kinds of commercialisation (Law 93/2025). */
    static final String COMMERCIALISATION_KINDS = "/oai/vocab/commercialisation-kinds";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PublicSite site;
    private final MessageSource messages;

    CerifWriter(PublicSite site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    void write(Xml xml, Item item, Links links) throws XMLStreamException {
        Object entity = item.entity();
        if (entity instanceof OpenTask task) {
            project(xml, task, links);
        } else if (entity instanceof OpenCall call) {
            funding(xml, call);
        } else if (entity instanceof OpenOrganisation organisation) {
            orgUnit(xml, organisation);
        } else if (entity instanceof OpenPerson person) {
            person(xml, person);
        } else if (entity instanceof OpenResult result && item.set() == OaiSet.PATENTS) {
            patent(xml, result, links);
        } else if (entity instanceof OpenResult result) {
            product(xml, result, links);
        } else {
            throw new IllegalStateException(entity.getClass().getName());
        }
    }

    private void project(Xml xml, OpenTask task, Links links) throws XMLStreamException {
        xml.openDefault("Project", NS).attribute("id", id(OaiSet.PROJECTS, task.id()));
        xml.leaf("Acronym", NS, task.code());
        xml.leaf("Title", NS, VI, task.title());
        xml.open("Identifier", NS)
                .attribute("type", PROJECT_REFERENCE)
                .text(task.code())
                .close();
        xml.open("Identifier", NS)
                .attribute("type", "https://w3id.org/cerif/vocab/IdentifierTypes#URL")
                .text(site.absolute("/tasks/" + task.id()))
                .close();
        if (task.decisionDate() != null) {
            xml.leaf("StartDate", NS, task.decisionDate().toString());
        }
        xml.open("Consortium", NS).open("Coordinator", NS);
        orgUnitRef(xml, task.hostOrganisationId(), links);
        xml.close().close();
        UUID investigator = task.principalInvestigatorId();
        if (investigator != null && links.people().containsKey(investigator)) {
            xml.open("Team", NS).open("PrincipalInvestigator", NS);
            personRef(xml, links.people().get(investigator));
            xml.close().close();
        }
        xml.open("Funded", NS).open("As", NS);
        xml.open("Funding", NS).attribute("id", id(OaiSet.FUNDING, task.callId()));
        fundingType(xml, "Call");
        xml.leaf("Acronym", NS, task.callCode());
        xml.leaf("Name", NS, VI, task.callTitle());
        xml.close().close().close();
        xml.leaf("Abstract", NS, VI, task.objectives());
        xml.close();
    }

    private void funding(Xml xml, OpenCall call) throws XMLStreamException {
        xml.openDefault("Funding", NS).attribute("id", id(OaiSet.FUNDING, call.id()));
        fundingType(xml, "Call");
        xml.leaf("Acronym", NS, call.code());
        xml.leaf("Name", NS, VI, call.title());
        xml.open("Amount", NS)
                .attribute("currency", "VND")
                .text(call.budgetCeiling().toPlainString())
                .close();
        xml.leaf("Description", NS, VI, call.objectives());
        xml.close();
    }

    private void orgUnit(Xml xml, OpenOrganisation organisation) throws XMLStreamException {
        xml.openDefault("OrgUnit", NS).attribute("id", id(OaiSet.ORGUNITS, organisation.id()));
        String type = organisationType(organisation.type());
        if (type != null) {
            xml.open("Type", NS)
                    .attribute("scheme", ORGANISATION_TYPES)
                    .text(ORGANISATION_TYPES + "#" + type)
                    .close();
        }
        xml.leaf("Acronym", NS, organisation.shortName());
        xml.leaf("Name", NS, VI, organisation.name());
        String website = webAddress(organisation.website());
        if (website != null) {
            xml.leaf("ElectronicAddress", NS, website);
        }
        xml.close();
    }

    private void person(Xml xml, OpenPerson person) throws XMLStreamException {
        xml.openDefault("Person", NS).attribute("id", id(OaiSet.PERSONS, person.id()));
        personName(xml, person.fullName());
        if (person.orcid() != null
                && ORCID.matcher("https://orcid.org/" + person.orcid()).matches()) {
            xml.leaf("ORCID", NS, "https://orcid.org/" + person.orcid());
        }
        if (person.organisationId() != null) {
            xml.open("Affiliation", NS);
            xml.open("OrgUnit", NS).attribute("id", id(OaiSet.ORGUNITS, person.organisationId()));
            xml.leaf("Name", NS, VI, person.organisationName());
            xml.close().close();
        }
        xml.close();
    }

    private void product(Xml xml, OpenResult result, Links links) throws XMLStreamException {
        xml.openDefault("Product", NS).attribute("id", id(OaiSet.PRODUCTS, result.id()));
        xml.openDefault("Type", PRODUCT_TYPES).text(OTHER_PRODUCT).close();
        xml.leaf("Name", NS, VI, result.title());
        xml.leaf("URL", NS, site.absolute("/results/" + result.id()));
        xml.open("Creators", NS).open("Creator", NS);
        orgUnitRef(xml, result.hostOrganisationId(), links);
        xml.close().close();
        xml.leaf("Description", NS, VI, result.summary());
        for (OpenCommercialisation commercialisation : result.commercialisations()) {
            xml.leaf("Description", NS, VI, commercialisation(commercialisation));
        }
        for (String keyword : keywords(result)) {
            xml.leaf("Keyword", NS, VI, keyword);
        }
        originatesFrom(xml, result);
        commercialisationClasses(xml, result);
        xml.close();
    }

    /**
     * The same result as CERIF's Patent: its title's number and grant day, the host as holder, the
     * commercialisations as on the Product, and a reference to that Product.
     */
    private void patent(Xml xml, OpenResult result, Links links) throws XMLStreamException {
        OpenProtectionTitle title = result.protectionTitle();
        xml.openDefault("Patent", NS).attribute("id", id(OaiSet.PATENTS, result.id()));
        if (title != null) {
            xml.openDefault("Type", PATENT_TYPES)
                    .text("INDUSTRIAL_DESIGN".equals(title.kind()) ? DESIGN_PATENT : PATENT)
                    .close();
        }
        xml.leaf("Title", NS, VI, result.title());
        if (title != null) {
            xml.leaf("ApprovalDate", NS, title.grantedOn().toString());
            xml.leaf("CountryCode", NS, "VN");
            xml.leaf("PatentNumber", NS, title.number());
        }
        xml.open("Holders", NS).open("Holder", NS);
        orgUnitRef(xml, result.hostOrganisationId(), links);
        xml.close().close();
        xml.leaf("Abstract", NS, VI, result.summary());
        for (OpenCommercialisation commercialisation : result.commercialisations()) {
            xml.leaf("Abstract", NS, VI, commercialisation(commercialisation));
        }
        for (String keyword : keywords(result)) {
            xml.leaf("Keyword", NS, VI, keyword);
        }
        originatesFrom(xml, result);
        xml.open("References", NS);
        xml.open("Product", NS)
                .attribute("id", id(OaiSet.PRODUCTS, result.id()))
                .close();
        xml.close();
        commercialisationClasses(xml, result);
        xml.close();
    }

    private static List<String> keywords(OpenResult result) {
        return Arrays.stream(result.keywords().split("[,;]"))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
    }

    private static void originatesFrom(Xml xml, OpenResult result) throws XMLStreamException {
        xml.open("OriginatesFrom", NS);
        xml.open("Project", NS)
                .attribute("id", id(OaiSet.PROJECTS, result.taskId()))
                .close();
        xml.close();
    }

    /**
     * The profile has no commercialisation entity: CERIF's semantic layer carries each one as a
     * classification of the output, dated from the day it was concluded.
     */
    private void commercialisationClasses(Xml xml, OpenResult result) throws XMLStreamException {
        for (OpenCommercialisation commercialisation : result.commercialisations()) {
            String scheme = site.absolute(COMMERCIALISATION_KINDS);
            xml.open("Classification", NS)
                    .attribute("scheme", scheme)
                    .attribute("startDate", commercialisation.concludedOn().toString())
                    .text(scheme + "#" + commercialisation.kind())
                    .close();
        }
    }

    /** One commercialisation in words, with the amounts the public may see. */
    private String commercialisation(OpenCommercialisation c) {
        StringBuilder text = new StringBuilder(message(
                "opendata.cerif.commercialisation",
                message("result.sharing.kind." + c.kind()),
                c.counterparty(),
                VietnameseFormats.date(c.concludedOn())));
        if (c.income() != null) {
            text.append(' ').append(message("opendata.cerif.commercialisation.income", money(c.income())));
        }
        if (c.authorsAmount() != null) {
            text.append(' ').append(message("opendata.cerif.commercialisation.authors", money(c.authorsAmount())));
        }
        if (c.intermediariesAmount() != null) {
            text.append(' ')
                    .append(message(
                            "opendata.cerif.commercialisation.intermediaries", money(c.intermediariesAmount())));
        }
        return text.toString();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    private static String money(BigDecimal amount) {
        return VietnameseFormats.money(amount);
    }

    private void orgUnitRef(Xml xml, UUID organisationId, Links links) throws XMLStreamException {
        xml.open("OrgUnit", NS).attribute("id", id(OaiSet.ORGUNITS, organisationId));
        OpenOrganisation organisation = links.organisations().get(organisationId);
        if (organisation != null) {
            xml.leaf("Acronym", NS, organisation.shortName());
            xml.leaf("Name", NS, VI, organisation.name());
        }
        xml.close();
    }

    private void personRef(Xml xml, OpenPerson person) throws XMLStreamException {
        xml.open("Person", NS).attribute("id", id(OaiSet.PERSONS, person.id()));
        personName(xml, person.fullName());
        xml.close();
    }

    /** A Vietnamese name is written family name first: "Nguyễn Văn An" is Nguyễn / Văn An. */
    private static void personName(Xml xml, String fullName) throws XMLStreamException {
        String[] parts = Xml.clean(fullName).strip().split("\\s+", 2);
        xml.open("PersonName", NS);
        xml.leaf("FamilyNames", NS, parts[0]);
        xml.leaf("FirstNames", NS, parts.length > 1 ? parts[1] : null);
        xml.close();
    }

    private static void fundingType(Xml xml, String type) throws XMLStreamException {
        xml.openDefault("Type", FUNDING_TYPES).text(FUNDING_TYPES + "#" + type).close();
    }

    static String id(OaiSet set, UUID id) {
        return set.prefix + "/" + id;
    }

    private static @Nullable String organisationType(OrganisationType type) {
        return switch (type) {
            case ENTERPRISE, SERVICE_PROVIDER -> "Commercial";
            case INSTITUTE -> "ResearchInstitute";
            case UNIVERSITY -> "HigherEducation";
            case AGENCY, OTHER -> null;
        };
    }

    /** A website as an absolute http(s) address, or nothing: the schema wants a URI. */
    private static @Nullable String webAddress(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String address = website.strip();
        if (!address.startsWith("http://") && !address.startsWith("https://")) {
            address = "https://" + address;
        }
        try {
            URI uri = new URI(address);
            return uri.getHost() == null ? null : uri.toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}

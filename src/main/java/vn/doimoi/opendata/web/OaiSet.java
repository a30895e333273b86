package vn.doimoi.opendata.web;

import java.util.Arrays;
import java.util.Optional;

/** The OAI-PMH sets, one per CERIF entity, named as the OpenAIRE Guidelines for CRIS Managers name them. */
enum OaiSet {
    PROJECTS("openaire_cris_projects", "OpenAIRE_CRIS_projects", "Projects"),
    FUNDING("openaire_cris_funding", "OpenAIRE_CRIS_funding", "Fundings"),
    ORGUNITS("openaire_cris_orgunits", "OpenAIRE_CRIS_orgunits", "OrgUnits"),
    PERSONS("openaire_cris_persons", "OpenAIRE_CRIS_persons", "Persons"),
    PRODUCTS("openaire_cris_products", "OpenAIRE_CRIS_products", "Products"),
    /** Last, so that resumption tokens issued before it was added still name the same sets. */
    PATENTS("openaire_cris_patents", "OpenAIRE_CRIS_patents", "Patents");

    final String spec;
    final String label;
    /** The entity's prefix in CERIF ids ({@code Projects/<uuid>}) and OAI identifiers. */
    final String prefix;

    OaiSet(String spec, String label, String prefix) {
        this.spec = spec;
        this.label = label;
        this.prefix = prefix;
    }

    static Optional<OaiSet> bySpec(String spec) {
        return Arrays.stream(values()).filter(set -> set.spec.equals(spec)).findFirst();
    }

    static Optional<OaiSet> byPrefix(String prefix) {
        return Arrays.stream(values()).filter(set -> set.prefix.equals(prefix)).findFirst();
    }
}

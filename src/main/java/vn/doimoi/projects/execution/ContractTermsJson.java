package vn.doimoi.projects.execution;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A contract's terms are kept as JSON (each version frozen as it was signed or amended). */
@Component
class ContractTermsJson {

    private final JsonMapper json;

    ContractTermsJson(JsonMapper json) {
        this.json = json;
    }

    String write(ContractTerms terms) {
        return json.writeValueAsString(terms);
    }

    ContractTerms read(String terms) {
        return json.readValue(terms, ContractTerms.class);
    }

    ContractTerms terms(Contract contract) {
        return read(contract.terms());
    }
}

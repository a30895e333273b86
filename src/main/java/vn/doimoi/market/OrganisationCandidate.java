package vn.doimoi.market;

import java.util.List;
import java.util.UUID;

/**
 * An organisation that may answer a demand besides the listings that match it (a recognised
 * startup, an incubator, an intermediary: issue 21), with the fields it shares with the demand.
 *
 * @param labelKey the message key naming what kind of organisation it is
 * @param url its public page
 */
public record OrganisationCandidate(
        UUID organisationId, String name, String labelKey, String url, List<String> sharedFields) {

    public OrganisationCandidate {
        sharedFields = List.copyOf(sharedFields);
    }
}

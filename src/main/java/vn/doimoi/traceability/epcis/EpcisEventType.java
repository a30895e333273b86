package vn.doimoi.traceability.epcis;

import java.util.Arrays;
import java.util.Optional;

/** The five event types of EPCIS 2.0, named as the JSON-LD binding spells them. */
public enum EpcisEventType {
    ObjectEvent(true),
    AggregationEvent(true),
    TransactionEvent(true),
    TransformationEvent(false),
    AssociationEvent(true);

    private final boolean hasAction;

    EpcisEventType(boolean hasAction) {
        this.hasAction = hasAction;
    }

    /** Whether the type requires {@code action} (every type but TransformationEvent). */
    public boolean hasAction() {
        return hasAction;
    }

    /** The type for its JSON-LD name, also in its expanded form ({@code https://ref.gs1.org/epcis/ObjectEvent}). */
    public static Optional<EpcisEventType> of(String name) {
        String local = name.startsWith(JsonLdContext.EPCIS) ? name.substring(JsonLdContext.EPCIS.length()) : name;
        if (local.startsWith("epcis:")) {
            local = local.substring("epcis:".length());
        }
        String wanted = local;
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }
}

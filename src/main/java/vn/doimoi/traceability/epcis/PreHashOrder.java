package vn.doimoi.traceability.epcis;

import java.util.List;

/**
 * The order CBV 2.0 fixes for the fields of an event in the pre-hash string, with the order of
 * the children of the structured ones. Fields not named here (ILMD, extensions, business
 * transactions, sources, destinations) follow, sorted.
 */
record PreHashOrder(String name, List<PreHashOrder> children) {

    private static final List<PreHashOrder> QUANTITY =
            List.of(new PreHashOrder("quantityElement", leaves("epcClass", "quantity", "uom")));
    private static final List<PreHashOrder> EPC = leaves("epc");

    static final List<PreHashOrder> EVENT = List.of(
            leaf("eventTime"),
            leaf("eventTimeZoneOffset"),
            leaf("certificationInfo"),
            leaf("parentID"),
            new PreHashOrder("epcList", EPC),
            new PreHashOrder("inputEPCList", EPC),
            new PreHashOrder("childEPCs", EPC),
            new PreHashOrder("quantityList", QUANTITY),
            new PreHashOrder("childQuantityList", QUANTITY),
            new PreHashOrder("inputQuantityList", QUANTITY),
            new PreHashOrder("outputEPCList", EPC),
            new PreHashOrder("outputQuantityList", QUANTITY),
            leaf("action"),
            leaf("transformationID"),
            leaf("bizStep"),
            leaf("disposition"),
            new PreHashOrder("persistentDisposition", leaves("set", "unset")),
            new PreHashOrder("readPoint", leaves("id")),
            new PreHashOrder("bizLocation", leaves("id")),
            new PreHashOrder(
                    "sensorElementList",
                    List.of(new PreHashOrder(
                            "sensorElement",
                            List.of(
                                    new PreHashOrder(
                                            "sensorMetadata",
                                            leaves(
                                                    "time",
                                                    "startTime",
                                                    "endTime",
                                                    "deviceID",
                                                    "deviceMetadata",
                                                    "rawData",
                                                    "dataProcessingMethod",
                                                    "bizRules")),
                                    new PreHashOrder(
                                            "sensorReport",
                                            leaves(
                                                    "type",
                                                    "exception",
                                                    "deviceID",
                                                    "deviceMetadata",
                                                    "rawData",
                                                    "dataProcessingMethod",
                                                    "time",
                                                    "microorganism",
                                                    "chemicalSubstance",
                                                    "value",
                                                    "component",
                                                    "stringValue",
                                                    "booleanValue",
                                                    "hexBinaryValue",
                                                    "uriValue",
                                                    "minValue",
                                                    "maxValue",
                                                    "meanValue",
                                                    "sDev",
                                                    "percRank",
                                                    "percValue",
                                                    "uom",
                                                    "coordinateReferenceSystem")))))));

    /** The names of the children of the structured field with this name (e.g. a sensor report's fields). */
    static java.util.Set<String> fieldsOf(String name) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        find(EVENT, name, fields);
        return java.util.Set.copyOf(fields);
    }

    private static void find(List<PreHashOrder> order, String name, java.util.Set<String> fields) {
        for (PreHashOrder field : order) {
            if (field.name().equals(name)) {
                field.children().forEach(child -> fields.add(child.name()));
            }
            find(field.children(), name, fields);
        }
    }

    private static PreHashOrder leaf(String name) {
        return new PreHashOrder(name, List.of());
    }

    private static List<PreHashOrder> leaves(String... names) {
        return java.util.Arrays.stream(names).map(PreHashOrder::leaf).toList();
    }
}

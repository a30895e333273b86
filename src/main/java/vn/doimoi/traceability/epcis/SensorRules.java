package vn.doimoi.traceability.epcis;

import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Sensor data: reports, their vocabularies and numbers (EPCIS 2.0 §7.3.8). */
final class SensorRules {

    /**
     * Measurement types are terms of the GS1 Web Vocabulary, which grows beyond the ones the
     * context lists (the OpenEPCIS corpus uses {@code EffectiveDoseRate}): any capitalised term is
     * taken as one.
     */
    private static final Pattern MEASUREMENT_WORD = Pattern.compile("^[A-Z][A-Za-z0-9_]*$");

    /** The fields of sensor metadata and of a report: those the event hash orders. */
    private static final Set<String> SENSOR_METADATA = PreHashOrder.fieldsOf("sensorMetadata");

    /** A report's own fields, and the metadata's too, as senders put them there (bizRules). */
    private static final Set<String> SENSOR_REPORT = union(PreHashOrder.fieldsOf("sensorReport"), SENSOR_METADATA);

    private static final Set<String> NUMBERS =
            Set.of("value", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue");

    private SensorRules() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }

    static void check(JsonNode list, JsonLdContext context, String pointer, Violations violations) {
        if (!violations.isArray(list, pointer)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            String at = pointer + "/" + i;
            JsonNode reports = element.get("sensorReport");
            if (reports == null || !reports.isArray() || reports.isEmpty()) {
                violations.add(
                        at + "/sensorReport",
                        "sensor.report",
                        "Mỗi phần tử cảm biến cần ít nhất một sensorReport.",
                        "Each sensor element needs at least one sensorReport.");
                continue;
            }
            for (String name : element.propertyNames()) {
                if (!name.equals("sensorMetadata") && !name.equals("sensorReport")) {
                    ValueRules.checkExtensionName(name, context, at + Violations.segment(name), violations);
                }
            }
            known(element.get("sensorMetadata"), SENSOR_METADATA, context, at + "/sensorMetadata", violations);
            for (int r = 0; r < reports.size(); r++) {
                report(reports.get(r), context, at + "/sensorReport/" + r, violations);
            }
        }
    }

    private static void report(JsonNode report, JsonLdContext context, String at, Violations violations) {
        known(report, SENSOR_REPORT, context, at, violations);
        JsonNode type = report.get("type");
        if (type == null
                || !type.isString()
                || !MEASUREMENT_WORD.matcher(type.stringValue()).matches()) {
            ValueRules.vocabulary(type, CbvVocabulary.MEASUREMENT_TYPE, context, at + "/type", violations);
        }
        ValueRules.vocabulary(
                report.get("exception"), CbvVocabulary.SENSOR_ALERT_TYPE, context, at + "/exception", violations);
        ValueRules.vocabulary(report.get("component"), CbvVocabulary.COMPONENT, context, at + "/component", violations);
        for (String name : NUMBERS) {
            JsonNode number = report.get(name);
            if (number != null && !number.isNumber()) {
                violations.add(
                        at + "/" + name,
                        "sensor.number",
                        name + " phải là một số (đang là " + number + ").",
                        name + " must be a number (got " + number + ").");
            }
        }
    }

    private static void known(
            JsonNode object, Set<String> fields, JsonLdContext context, String at, Violations violations) {
        if (object == null) {
            return;
        }
        if (!object.isObject()) {
            violations.add(
                    at,
                    "object.expected",
                    "Trường này phải là một đối tượng JSON.",
                    "This field must be a JSON object.");
            return;
        }
        for (String name : object.propertyNames()) {
            if (!fields.contains(name)) {
                ValueRules.checkExtensionName(name, context, at + Violations.segment(name), violations);
            }
        }
    }
}

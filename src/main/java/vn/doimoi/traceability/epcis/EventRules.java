package vn.doimoi.traceability.epcis;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of one event: its type, time, action, the fields its type allows and its
 * what-dimension (EPCIS 2.0 §7.4). Values inside the fields are {@link ValueRules}'.
 */
final class EventRules {

    static final Pattern TIME_ZONE_OFFSET = Pattern.compile("^[+-]((0\\d|1[0-3]):[0-5]\\d|14:00)$");

    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");

    private static final Set<String> COMMON = Set.of(
            "@context",
            "type",
            "eventID",
            "eventTime",
            "eventTimeZoneOffset",
            "recordTime",
            "certificationInfo",
            "errorDeclaration",
            "bizStep",
            "disposition",
            "persistentDisposition",
            "readPoint",
            "bizLocation",
            "bizTransactionList",
            "sourceList",
            "destinationList",
            "sensorElementList");

    private static final Map<EpcisEventType, Set<String>> OWN = Map.of(
            EpcisEventType.ObjectEvent, Set.of("action", "epcList", "quantityList", "ilmd"),
            EpcisEventType.AggregationEvent, Set.of("action", "parentID", "childEPCs", "childQuantityList"),
            EpcisEventType.TransactionEvent, Set.of("action", "parentID", "epcList", "quantityList"),
            EpcisEventType.TransformationEvent,
                    Set.of(
                            "inputEPCList",
                            "inputQuantityList",
                            "outputEPCList",
                            "outputQuantityList",
                            "transformationID",
                            "ilmd"),
            EpcisEventType.AssociationEvent, Set.of("action", "parentID", "childEPCs", "childQuantityList"));

    private EventRules() {}

    static void check(EpcisEvent event, String at, Violations violations) {
        EpcisEventType type = event.type();
        if (type == null) {
            violations.add(
                    at + "/type",
                    "type.unknown",
                    "type phải là một trong ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent,"
                            + " AssociationEvent (đang là \"" + event.typeName() + "\").",
                    "type must be one of ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent,"
                            + " AssociationEvent (got \"" + event.typeName() + "\").");
            return;
        }
        ObjectNode json = event.node();
        checkTime(json, at, violations);
        checkAction(type, json, at, violations);
        checkFields(type, event, at, violations);
        checkWhat(type, json, at, violations);
        ValueRules.check(event, at, violations);
    }

    private static void checkTime(ObjectNode json, String at, Violations violations) {
        required(
                json,
                "eventTime",
                EpcisValidator.DATE_TIME_STAMP,
                at,
                violations,
                new String[] {"Thiếu eventTime (thời điểm xảy ra sự kiện).", "eventTime is missing."},
                new String[] {
                    "eventTime phải là ngày giờ ISO 8601 có múi giờ, ví dụ 2026-12-07T08:30:00+07:00",
                    "eventTime must be an ISO 8601 date-time with an offset, e.g. 2026-12-07T08:30:00+07:00"
                });
        required(
                json,
                "eventTimeZoneOffset",
                TIME_ZONE_OFFSET,
                at,
                violations,
                new String[] {
                    "Thiếu eventTimeZoneOffset (múi giờ nơi xảy ra sự kiện, ví dụ +07:00).",
                    "eventTimeZoneOffset is missing (the offset where the event happened, e.g. +07:00)."
                },
                new String[] {
                    "eventTimeZoneOffset phải có dạng ±hh:mm, từ -13:59 đến +14:00",
                    "eventTimeZoneOffset must read ±hh:mm, from -13:59 to +14:00"
                });
        JsonNode recorded = json.get("recordTime");
        if (recorded != null && (!Violations.matches(recorded, EpcisValidator.DATE_TIME_STAMP))) {
            violations.add(
                    at + "/recordTime",
                    "recordTime.invalid",
                    "recordTime phải là ngày giờ ISO 8601 có múi giờ.",
                    "recordTime must be an ISO 8601 date-time with an offset.");
        }
    }

    /** A field that must be there and of a form: "missing" and "invalid" (with the value sent) reasons. */
    private static void required(
            ObjectNode json,
            String field,
            Pattern form,
            String at,
            Violations violations,
            String[] missing,
            String[] invalid) {
        JsonNode value = json.get(field);
        if (value == null) {
            violations.add(at + "/" + field, field + ".missing", missing[0], missing[1]);
        } else if (!Violations.matches(value, form)) {
            violations.add(
                    at + "/" + field,
                    field + ".invalid",
                    invalid[0] + " (đang là " + value + ").",
                    invalid[1] + " (got " + value + ").");
        }
    }

    private static void checkAction(EpcisEventType type, ObjectNode json, String at, Violations violations) {
        JsonNode action = json.get("action");
        if (!type.hasAction()) {
            return; // a TransformationEvent carrying action is caught as a field its type does not allow
        }
        if (action == null) {
            violations.add(
                    at + "/action",
                    "action.missing",
                    "Thiếu action (ADD, OBSERVE hoặc DELETE) cho " + type + ".",
                    "action (ADD, OBSERVE or DELETE) is missing for " + type + ".");
        } else if (!action.isString() || !ACTIONS.contains(action.stringValue())) {
            violations.add(
                    at + "/action",
                    "action.invalid",
                    "action phải là ADD, OBSERVE hoặc DELETE (đang là " + action + ").",
                    "action must be ADD, OBSERVE or DELETE (got " + action + ").");
        }
    }

    private static void checkFields(EpcisEventType type, EpcisEvent event, String at, Violations violations) {
        Set<String> own = OWN.get(type);
        for (String field : event.node().propertyNames()) {
            if (COMMON.contains(field) || own.contains(field)) {
                continue;
            }
            if (field.equals("ilmd")) {
                violations.add(
                        at + "/ilmd",
                        "ilmd.notAllowed",
                        "ilmd chỉ được dùng cho ObjectEvent với action ADD và cho TransformationEvent.",
                        "ilmd is allowed only on an ObjectEvent with action ADD and on a TransformationEvent.");
            } else if (isEpcisField(field)) {
                violations.add(
                        at + Violations.segment(field),
                        "field.notForType",
                        "Trường " + field + " không thuộc về " + type + ".",
                        "The field " + field + " does not belong to " + type + ".");
            } else {
                ValueRules.checkExtensionName(field, event.context(), at + Violations.segment(field), violations);
            }
        }
        if (type == EpcisEventType.ObjectEvent && event.node().has("ilmd") && !"ADD".equals(event.action())) {
            violations.add(
                    at + "/ilmd",
                    "ilmd.notAllowed",
                    "ilmd chỉ được dùng cho ObjectEvent với action ADD (đang là " + event.action() + ").",
                    "ilmd is allowed on an ObjectEvent only with action ADD (got " + event.action() + ").");
        }
    }

    private static boolean isEpcisField(String field) {
        return OWN.values().stream().anyMatch(fields -> fields.contains(field));
    }

    /** The what-dimension: which objects the event is about (EPCIS 2.0 §7.3.2, per event type). */
    private static void checkWhat(EpcisEventType type, ObjectNode json, String at, Violations violations) {
        boolean delete = "DELETE".equals(json.path("action").asString(""));
        switch (type) {
            case ObjectEvent -> {
                if (!json.has("epcList") && !nonEmpty(json, "quantityList")) {
                    what(
                            at,
                            "epcList",
                            violations,
                            "ObjectEvent phải có epcList hoặc quantityList (ít nhất một phần tử).",
                            "An ObjectEvent needs epcList or a quantityList with at least one element.");
                }
            }
            case AggregationEvent, AssociationEvent -> {
                if (!json.has("parentID") && !(type == EpcisEventType.AggregationEvent && delete)) {
                    what(
                            at,
                            "parentID",
                            violations,
                            type + " phải có parentID (vật chứa).",
                            type + " needs parentID (the container).");
                }
                if (!delete && !nonEmpty(json, "childEPCs") && !nonEmpty(json, "childQuantityList")) {
                    what(
                            at,
                            "childEPCs",
                            violations,
                            type + " phải có childEPCs hoặc childQuantityList (trừ khi action là DELETE).",
                            type + " needs childEPCs or childQuantityList (unless action is DELETE).");
                }
            }
            case TransactionEvent -> {
                if (!nonEmpty(json, "bizTransactionList")) {
                    what(
                            at,
                            "bizTransactionList",
                            violations,
                            "TransactionEvent phải có bizTransactionList (ít nhất một giao dịch).",
                            "A TransactionEvent needs a bizTransactionList with at least one transaction.");
                }
                if (!delete && !json.has("epcList") && !nonEmpty(json, "quantityList")) {
                    what(
                            at,
                            "epcList",
                            violations,
                            "TransactionEvent phải có epcList hoặc quantityList (trừ khi action là DELETE).",
                            "A TransactionEvent needs epcList or quantityList (unless action is DELETE).");
                }
            }
            case TransformationEvent -> {
                boolean inputs = nonEmpty(json, "inputEPCList") || nonEmpty(json, "inputQuantityList");
                boolean outputs = nonEmpty(json, "outputEPCList") || nonEmpty(json, "outputQuantityList");
                boolean split = json.has("transformationID");
                if (split ? !inputs && !outputs : !inputs || !outputs) {
                    what(
                            at,
                            inputs ? "outputEPCList" : "inputEPCList",
                            violations,
                            "TransformationEvent phải có ít nhất một đầu vào và một đầu ra (hoặc transformationID"
                                    + " với đầu vào hay đầu ra).",
                            "A TransformationEvent needs at least one input and one output (or a transformationID"
                                    + " with inputs or outputs).");
                }
            }
        }
    }

    private static void what(String at, String field, Violations violations, String vietnamese, String english) {
        violations.add(at + "/" + field, "what.missing", vietnamese, english);
    }

    private static boolean nonEmpty(ObjectNode json, String field) {
        JsonNode node = json.get(field);
        return node != null && node.isArray() && !node.isEmpty();
    }
}

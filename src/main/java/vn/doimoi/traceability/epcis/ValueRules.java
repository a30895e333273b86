package vn.doimoi.traceability.epcis;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of the values inside an event: CBV words, identifiers, quantities, the nested
 * objects of EPCIS 2.0 and the names of extension fields. A CBV value is a standard bare word,
 * or a URI, or a CURIE whose prefix {@code @context} declares — anything else is a word the
 * receiver cannot interpret (EPCIS 2.0 §8.2, CBV 2.0 §6).
 */
final class ValueRules {

    private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$");
    private static final Pattern UOM = Pattern.compile("^[A-Z0-9]{2,3}$");
    private static final Set<String> QUANTITY_FIELDS = Set.of("epcClass", "quantity", "uom");

    private static final Map<String, String> PARTY_LISTS =
            Map.of("sourceList", "source", "destinationList", "destination");

    private ValueRules() {}

    static void check(EpcisEvent event, String at, Violations violations) {
        ObjectNode json = event.node();
        JsonLdContext context = event.context();
        vocabulary(json.get("bizStep"), CbvVocabulary.BIZ_STEP, context, at + "/bizStep", violations);
        vocabulary(json.get("disposition"), CbvVocabulary.DISPOSITION, context, at + "/disposition", violations);
        for (String field : new String[] {"epcList", "childEPCs", "inputEPCList", "outputEPCList"}) {
            identifiers(json.get(field), at + "/" + field, violations);
        }
        identifier(json.get("parentID"), at + "/parentID", violations);
        for (String field :
                new String[] {"quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"}) {
            quantities(json.get(field), at + "/" + field, violations);
        }
        location(json.get("readPoint"), context, at + "/readPoint", violations);
        location(json.get("bizLocation"), context, at + "/bizLocation", violations);
        certificationInfo(json.get("certificationInfo"), at + "/certificationInfo", violations);
        persistentDisposition(json.get("persistentDisposition"), context, at + "/persistentDisposition", violations);
        bizTransactions(json.get("bizTransactionList"), context, at + "/bizTransactionList", violations);
        PARTY_LISTS.forEach((list, party) -> parties(json.get(list), party, context, at + "/" + list, violations));
        extensionsOnly(json.get("ilmd"), context, at + "/ilmd", violations);
        errorDeclaration(json.get("errorDeclaration"), context, at + "/errorDeclaration", violations);
        SensorRules.check(json.get("sensorElementList"), context, at + "/sensorElementList", violations);
    }

    /** An extension field's name must be namespaced: a CURIE with a declared prefix, or an IRI. */
    static void checkExtensionName(String name, JsonLdContext context, String pointer, Violations violations) {
        if (name.startsWith("@")
                || context.isKnownCurie(name)
                || name.startsWith("http://")
                || name.startsWith("https://")) {
            return;
        }
        violations.add(
                pointer,
                "extension.namespace",
                "Trường mở rộng \"" + name + "\" phải có không gian tên: dạng tiền_tố:tên với tiền tố khai báo trong"
                        + " @context (ví dụ \"example\": \"https://ns.example.com/epcis/\").",
                "The extension field \"" + name + "\" must be namespaced: prefix:name with the prefix declared in"
                        + " @context (e.g. \"example\": \"https://ns.example.com/epcis/\").");
    }

    static void vocabulary(
            JsonNode value, CbvVocabulary vocabulary, JsonLdContext context, String pointer, Violations violations) {
        if (value == null) {
            return;
        }
        String text = value.isString() ? value.stringValue().strip() : "";
        boolean fine = text.indexOf(':') < 0
                ? vocabulary.isStandardWord(text)
                : URI.matcher(text).matches();
        if (!fine) {
            violations.add(
                    pointer,
                    "cbv.nonStandard",
                    "\"" + value.asString() + "\" không phải từ chuẩn CBV 2.0 của trường này; một giá trị riêng phải là"
                            + " URI hoặc CURIE có tiền tố khai báo trong @context.",
                    "\"" + value.asString() + "\" is not a CBV 2.0 standard word for this field; a value of your own"
                            + " must be a URI or a CURIE with a prefix declared in @context.");
        }
    }

    static void identifier(JsonNode value, String pointer, Violations violations) {
        if (value != null
                && (!value.isString()
                        || !URI.matcher(value.stringValue().strip()).matches())) {
            violations.add(
                    pointer,
                    "identifier.invalid",
                    "Mã định danh phải là một URI (EPC URN hoặc GS1 Digital Link), đang là " + value + ".",
                    "An identifier must be a URI (an EPC URN or a GS1 Digital Link URI), got " + value + ".");
        }
    }

    static void extensionsOnly(JsonNode object, JsonLdContext context, String pointer, Violations violations) {
        if (object == null) {
            return;
        }
        if (!object.isObject()) {
            violations.add(
                    pointer,
                    "object.expected",
                    "Trường này phải là một đối tượng JSON.",
                    "This field must be a JSON object.");
            return;
        }
        for (String name : object.propertyNames()) {
            checkExtensionName(name, context, pointer + Violations.segment(name), violations);
        }
    }

    private static void identifiers(JsonNode list, String pointer, Violations violations) {
        if (!violations.isArray(list, pointer)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            identifier(list.get(i), pointer + "/" + i, violations);
        }
    }

    private static void quantities(JsonNode list, String pointer, Violations violations) {
        if (!violations.isArray(list, pointer)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            String at = pointer + "/" + i;
            if (!element.isObject()) {
                violations.add(
                        at,
                        "object.expected",
                        "Mỗi phần tử số lượng phải là một đối tượng JSON.",
                        "Each quantity element must be a JSON object.");
                continue;
            }
            for (String name : element.propertyNames()) {
                if (!QUANTITY_FIELDS.contains(name)) {
                    violations.add(
                            at + Violations.segment(name),
                            "quantity.unknownField",
                            "Phần tử số lượng chỉ có epcClass, quantity và uom; không có \"" + name + "\".",
                            "A quantity element has only epcClass, quantity and uom; not \"" + name + "\".");
                }
            }
            if (!element.has("epcClass")) {
                violations.add(
                        at + "/epcClass",
                        "quantity.epcClass",
                        "Thiếu epcClass (mã lớp, ví dụ mã lô).",
                        "epcClass is missing.");
            } else {
                identifier(element.get("epcClass"), at + "/epcClass", violations);
            }
            JsonNode quantity = element.get("quantity");
            if (quantity != null
                    && (!quantity.isNumber() || quantity.decimalValue().signum() < 0)) {
                violations.add(
                        at + "/quantity",
                        "quantity.number",
                        "quantity phải là một số không âm (đang là " + quantity + ").",
                        "quantity must be a non-negative number (got " + quantity + ").");
            }
            JsonNode uom = element.get("uom");
            if (uom != null && (!Violations.matches(uom, UOM))) {
                violations.add(
                        at + "/uom",
                        "quantity.uom",
                        "uom phải là mã đơn vị UN/ECE Rec. 20 (2–3 ký tự hoa, ví dụ KGM), đang là " + uom + ".",
                        "uom must be a UN/ECE Rec. 20 unit code (2–3 capitals, e.g. KGM), got " + uom + ".");
            } else if (uom != null && quantity == null) {
                violations.add(
                        at + "/uom",
                        "quantity.uomWithoutQuantity",
                        "Có uom thì phải có quantity.",
                        "uom requires quantity.");
            }
        }
    }

    private static void location(JsonNode location, JsonLdContext context, String pointer, Violations violations) {
        if (location == null) {
            return;
        }
        if (!location.isObject() || !location.has("id")) {
            violations.add(
                    pointer + "/id",
                    "location.id",
                    "Địa điểm phải là đối tượng có id (một URI).",
                    "A location must be an object with an id (a URI).");
            return;
        }
        identifier(location.get("id"), pointer + "/id", violations);
        for (String name : location.propertyNames()) {
            if (!name.equals("id")) {
                checkExtensionName(name, context, pointer + Violations.segment(name), violations);
            }
        }
    }

    private static void certificationInfo(JsonNode value, String pointer, Violations violations) {
        if (value == null) {
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                identifier(value.get(i), pointer + "/" + i, violations);
            }
        } else {
            identifier(value, pointer, violations);
        }
    }

    private static void persistentDisposition(
            JsonNode value, JsonLdContext context, String pointer, Violations violations) {
        if (value == null) {
            return;
        }
        if (!value.isObject()) {
            violations.add(
                    pointer,
                    "object.expected",
                    "persistentDisposition phải là đối tượng có set/unset.",
                    "persistentDisposition must be an object with set/unset.");
            return;
        }
        for (String name : value.propertyNames()) {
            JsonNode list = value.get(name);
            if (!name.equals("set") && !name.equals("unset")) {
                checkExtensionName(name, context, pointer + Violations.segment(name), violations);
            } else if (violations.isArray(list, pointer + "/" + name)) {
                for (int i = 0; i < list.size(); i++) {
                    vocabulary(
                            list.get(i),
                            CbvVocabulary.DISPOSITION,
                            context,
                            pointer + "/" + name + "/" + i,
                            violations);
                }
            }
        }
    }

    private static void bizTransactions(JsonNode list, JsonLdContext context, String pointer, Violations violations) {
        if (!violations.isArray(list, pointer)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            vocabulary(
                    element.get("type"),
                    CbvVocabulary.BIZ_TRANSACTION_TYPE,
                    context,
                    pointer + "/" + i + "/type",
                    violations);
            if (!element.has("bizTransaction")) {
                violations.add(
                        pointer + "/" + i + "/bizTransaction",
                        "bizTransaction.missing",
                        "Thiếu bizTransaction (mã giao dịch, một URI).",
                        "bizTransaction (a URI) is missing.");
            } else {
                identifier(element.get("bizTransaction"), pointer + "/" + i + "/bizTransaction", violations);
            }
        }
    }

    private static void parties(
            JsonNode list, String party, JsonLdContext context, String pointer, Violations violations) {
        if (!violations.isArray(list, pointer)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            if (!element.has("type")) {
                violations.add(
                        pointer + "/" + i + "/type",
                        "party.type",
                        "Thiếu type (owning_party," + " possessing_party hoặc location).",
                        "type (owning_party, possessing_party or location) is" + " missing.");
            } else {
                vocabulary(
                        element.get("type"),
                        CbvVocabulary.SOURCE_DESTINATION_TYPE,
                        context,
                        pointer + "/" + i + "/type",
                        violations);
            }
            if (!element.has(party)) {
                violations.add(
                        pointer + "/" + i + "/" + party,
                        "party.missing",
                        "Thiếu " + party + " (một URI).",
                        party + " (a URI) is missing.");
            } else {
                identifier(element.get(party), pointer + "/" + i + "/" + party, violations);
            }
        }
    }

    private static void errorDeclaration(JsonNode value, JsonLdContext context, String pointer, Violations violations) {
        if (value == null) {
            return;
        }
        JsonNode time = value.get("declarationTime");
        if (time == null || !Violations.matches(time, EpcisValidator.DATE_TIME_STAMP)) {
            violations.add(
                    pointer + "/declarationTime",
                    "errorDeclaration.time",
                    "errorDeclaration cần declarationTime là ngày giờ ISO 8601 có múi giờ.",
                    "errorDeclaration needs a declarationTime, an ISO 8601 date-time with an offset.");
        }
        vocabulary(value.get("reason"), CbvVocabulary.ERROR_REASON, context, pointer + "/reason", violations);
        identifiers(value.get("correctiveEventIDs"), pointer + "/correctiveEventIDs", violations);
        for (String name : value.propertyNames()) {
            if (!Set.of("declarationTime", "reason", "correctiveEventIDs").contains(name)) {
                checkExtensionName(name, context, pointer + Violations.segment(name), violations);
            }
        }
    }
}

package vn.doimoi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * What an attacker would type into each input of a handler: the inputs are found by reflection
 * on the handler method (its request parameters, path variables, uploads and the fields of its form
 * objects), and each gets plausible text by its type plus a set of hostile values by its type.
 */
final class HostileValues {

    private HostileValues() {}

    enum Where {
        PATH,
        PARAM,
        /** A {@code @RequestParam Map}: all of {@link #HAND_PARSED} at once. */
        MAP,
        FILE,
        /** A list row numbered as no page numbers one ({@code tranches[x].amount}): sent only when attacked. */
        ROW
    }

    /** One input of a handler: where it goes, its name and the type it is bound to. */
    record Input(Where where, String name, Class<?> type) {}

    /**
     * Field names read by hand from a {@code @RequestParam Map} (reflection cannot see them):
     * every {@code params.get("…")} of the controllers and the prefixed names ({@code role-{id}}).
     */
    static final List<String> HAND_PARSED = List.of(
            "adopterName",
            "adopterOrganisationId",
            "approvedOther",
            "approvedState",
            "budgetCeiling",
            "budgetEstimate",
            "comment",
            "content",
            "deadlineOn",
            "decisionDate",
            "decisionNumber",
            "description",
            "durationMonths",
            "effect",
            "eligibility",
            "endOn",
            "expectedProducts",
            "fieldCodes",
            "fundingMode",
            "item",
            "kind",
            "method",
            "methods",
            "minutes",
            "modes",
            "narrative",
            "note",
            "number",
            "objectives",
            "obligations",
            "orderDecision",
            "other",
            "otherBudget",
            "period",
            "personId",
            "place",
            "principalInvestigatorId",
            "priorityArea",
            "problem",
            "productId",
            "productName",
            "productQuantity",
            "productSpecs",
            "progress",
            "reason",
            "recommends",
            "reportEveryMonths",
            "reportGrade",
            "requiredForms",
            "revenue",
            "savings",
            "scale",
            "schedule",
            "signer",
            "startOn",
            "state",
            "stateBudget",
            "taskName",
            "title",
            "trancheCount",
            "type",
            "validUntil",
            "version",
            "year",
            "advantages",
            "anonymous",
            "currentSolution",
            "fieldCode",
            "fieldCodeDetail",
            "ipStatus",
            "priceMax",
            "priceMin",
            "region",
            "requirements",
            "serviceKind",
            "summary",
            "timeFrame",
            "trl",
            "productName0",
            "productSpecs0",
            "role-" + UUID.randomUUID(),
            "role-khong-phai-uuid",
            "present-khong-phai-uuid",
            "invalid-khong-phai-uuid",
            "value-khong-phai-uuid",
            "numerator-khong-phai-uuid",
            "score-khong-co");

    /**
     * The hand-parsed names that take one of a list of choices: each also gets an unknown constant
     * alone, the other fields left out, so that no earlier field's refusal hides it.
     */
    static final List<String> HAND_PARSED_CHOICES = List.of(
            "type",
            "method",
            "kind",
            "priorityArea",
            "progress",
            "ipStatus",
            "serviceKind",
            "fundingMode",
            "state",
            "reportGrade",
            "recommends",
            "scale",
            "role-" + UUID.randomUUID());

    static List<Input> inputs(HandlerMethod handler) {
        List<Input> inputs = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            String name = parameter.getParameterName();
            if (parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class)
                    || parameter.hasParameterAnnotation(CookieValue.class)) {
                continue;
            }
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            if (path != null) {
                inputs.add(new Input(Where.PATH, named(path.name(), path.value(), name), type));
                continue;
            }
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            String given = part != null
                    ? named(part.name(), part.value(), name)
                    : param != null ? named(param.name(), param.value(), name) : name;
            if (isFile(parameter)) {
                inputs.add(new Input(Where.FILE, given, MultipartFile.class));
            } else if (Map.class.isAssignableFrom(type)) {
                if (param != null) {
                    inputs.add(new Input(Where.MAP, given, String.class));
                }
            } else if (param != null || isSimple(type)) {
                inputs.add(new Input(Where.PARAM, given, element(parameter.getGenericParameterType(), type)));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
                formFields(type).forEach(inputs::add);
            }
        }
        return inputs;
    }

    private static String named(String name, String value, String fallback) {
        return !name.isEmpty() ? name : !value.isEmpty() ? value : fallback;
    }

    private static boolean isFile(MethodParameter parameter) {
        ResolvableType type = ResolvableType.forMethodParameter(parameter);
        return MultipartFile.class.isAssignableFrom(type.resolve(Object.class))
                || (Collection.class.isAssignableFrom(type.resolve(Object.class))
                        && MultipartFile.class.isAssignableFrom(
                                type.asCollection().getGeneric().resolve(Object.class)))
                || (type.isArray()
                        && MultipartFile.class.isAssignableFrom(
                                type.getComponentType().resolve(Object.class)));
    }

    private static boolean isSimple(Class<?> type) {
        return BeanUtils.isSimpleProperty(type);
    }

    /** Our own form classes and records; framework types (Model, Locale, BindingResult…) are not inputs. */
    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("vn.doimoi.") && !type.isEnum() && !type.isInterface();
    }

    private static List<Input> formFields(Class<?> type) {
        Map<String, Input> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                add(fields, component.getName(), component.getType(), component.getGenericType());
            }
        } else {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                        add(fields, field.getName(), field.getType(), field.getGenericType());
                    }
                }
            }
        }
        return new ArrayList<>(fields.values());
    }

    private static void add(Map<String, Input> fields, String name, Class<?> type, Type generic) {
        if (MultipartFile.class.isAssignableFrom(type)) {
            fields.putIfAbsent(name, new Input(Where.FILE, name, MultipartFile.class));
            return;
        }
        Class<?> element = element(generic, type);
        if (isSimple(element)) {
            fields.putIfAbsent(name, new Input(Where.PARAM, name, element));
        } else if (element != type && isForm(element)) {
            rows(fields, name, element);
        }
    }

    /**
     * A list of rows ({@code tranches[0].amount}): each field of the first row, and a row numbered as no
     * page numbers one — not a number, negative, far beyond any list — which the binder once answered with 500.
     */
    private static void rows(Map<String, Input> fields, String name, Class<?> row) {
        List<Input> columns = formFields(row).stream()
                .filter(column -> column.where() == Where.PARAM)
                .toList();
        for (Input column : columns) {
            String field = name + "[0]." + column.name();
            fields.putIfAbsent(field, new Input(Where.PARAM, field, column.type()));
        }
        if (!columns.isEmpty()) {
            for (String index : List.of("x", "-1", "100000")) {
                String field = name + "[" + index + "]." + columns.get(0).name();
                fields.putIfAbsent(field, new Input(Where.ROW, field, String.class));
            }
        }
    }

    /** The element type of a list or set field, so that each of its values is attacked too. */
    private static Class<?> element(Type generic, Class<?> type) {
        if (Collection.class.isAssignableFrom(type)
                && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type.isArray() ? type.getComponentType() : type;
    }

    /** A value the handler would accept from a person using the page. */
    static String plausible(Input input) {
        Class<?> type = input.type();
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (isInteger(type)) {
            return input.name().equals("page") ? "0" : "1";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class) {
            return "1000";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type == LocalDate.class) {
            return "2026-12-01";
        }
        if (type == LocalDateTime.class) {
            return "2026-12-01T10:00";
        }
        if (type == LocalTime.class) {
            return "10:00";
        }
        if (type == YearMonth.class) {
            return "2026-12";
        }
        if (type == Year.class) {
            return "2026";
        }
        if (type == Instant.class) {
            return "2026-12-01T10:00:00Z";
        }
        return input.where() == Where.PATH ? "khong-co" : "Thử nghiệm";
    }

    /** Hostile values for an input, by a label naming the class of attack. */
    static Map<String, String> hostile(Input input) {
        Class<?> type = input.type();
        Map<String, String> values = new LinkedHashMap<>();
        if (input.where() == Where.ROW) {
            values.put("row number out of any list", "1");
            return values;
        }
        values.put("NUL byte", "a\u0000b");
        if (type.isEnum()) {
            values.put("unknown enum constant", "KHONG_CO");
        } else if (type == UUID.class) {
            values.put("not an id", "khong-phai-uuid");
            values.put("SQL", "'; drop table x; --");
        } else if (isInteger(type) || type == BigDecimal.class || type == double.class || type == Double.class) {
            values.put("huge number", "999999999999");
            values.put("int near max", "2147483647");
            values.put("page 1e8", "100000000");
            values.put("negative", "-1");
            values.put("beyond long", "99999999999999999999999999");
            values.put("not a number", "KHONG_CO");
            if (!isInteger(type)) {
                values.put("exponent", "1e400");
                values.put("NaN", "NaN");
            }
        } else if (type == LocalDate.class
                || type == LocalDateTime.class
                || type == LocalTime.class
                || type == YearMonth.class
                || type == Year.class
                || type == Instant.class) {
            values.put("impossible date", "2026-02-31");
            values.put("malformed date", "31/02/2026");
            values.put("far future", "+999999999-12-31");
        } else if (type == boolean.class || type == Boolean.class) {
            values.put("not a boolean", "KHONG_CO");
        } else {
            values.put("other control character", "a\u0007b");
            values.put("70,000 characters", "x".repeat(70_000));
            values.put("unknown constant", "KHONG_CO");
            values.put("SQL", "'; drop table x; --");
            values.put("script", "<script>alert(1)</script>");
            values.put("huge number", "999999999999");
            values.put("malformed date", "31/02/2026");
        }
        return values;
    }

    private static boolean isInteger(Class<?> type) {
        return type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class
                || type == short.class
                || type == Short.class
                || type == BigInteger.class;
    }
}

package vn.doimoi.traceability.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.doimoi.shared.web.PublicSite;
import vn.doimoi.traceability.catalogue.LotRow;

/**
 * The links our resolver knows for a lot (GS1-Conformant Resolver, GS1 Web Vocabulary link types):
 * the consumer page is the default link and the product information page ({@code gs1:pip}); its
 * journey ({@code gs1:traceability}) and certifications ({@code gs1:certificationInfo}) are anchors of
 * the same page. One page keeps a slow phone to one request.
 */
@Component
class ResolverLinks {

    static final String VOCABULARY = "https://gs1.org/voc/";
    static final String DEFAULT_LINK = "defaultLink";
    static final List<String> LINK_TYPES = List.of("pip", "traceability", "certificationInfo");

    private final PublicSite site;
    private final JsonMapper json;

    ResolverLinks(PublicSite site, JsonMapper json) {
        this.site = site;
        this.json = json;
    }

    /** Link type (short name) → absolute target, the default link first. */
    Map<String, String> of(LotRow lot) {
        return of(ConsumerPaths.consumerPage(lot));
    }

    /** The links of a consumer page (a lot's, or a product's when the code names no lot). */
    Map<String, String> of(String pagePath) {
        String page = site.absolute(pagePath);
        Map<String, String> links = new LinkedHashMap<>();
        links.put(DEFAULT_LINK, page);
        links.put("pip", page);
        links.put("traceability", page + "#journey");
        links.put("certificationInfo", page + "#certifications");
        return links;
    }

    /**
     * The target for a requested link type ({@code gs1:pip}, its full URI or the short name);
     * the default link when the lot has no link of that type, as a GS1 resolver does.
     */
    String target(String pagePath, @Nullable String linkType) {
        Map<String, String> links = of(pagePath);
        String wanted = shortName(linkType);
        return links.getOrDefault(wanted, links.get(DEFAULT_LINK));
    }

    static String shortName(@Nullable String linkType) {
        if (linkType == null) {
            return DEFAULT_LINK;
        }
        String type = linkType.strip();
        if (type.startsWith("gs1:")) {
            return type.substring(4);
        }
        return type.startsWith(VOCABULARY) ? type.substring(VOCABULARY.length()) : type;
    }

    /** The RFC 9264 linkset of a consumer page, anchored at the Digital Link that was asked for. */
    String linkset(String pagePath, String anchor, String productName) {
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putArray("linkset").addObject();
        context.put("anchor", anchor);
        for (Map.Entry<String, String> link : of(pagePath).entrySet()) {
            ArrayNode targets = context.putArray(VOCABULARY + link.getKey());
            ObjectNode target = targets.addObject();
            target.put("href", link.getValue());
            target.put("title", productName);
            target.put("type", "text/html");
            target.putArray("hreflang").add("vi");
        }
        return root.toString();
    }

    /** What {@code /.well-known/gs1resolver} says of this resolver. */
    String description() {
        ObjectNode root = json.createObjectNode();
        root.put("name", "doimoi");
        root.put("resolverRoot", site.absolute(""));
        root.put("supportsPrimaryKeys", "01");
        ArrayNode keys = root.putArray("supportedPrimaryKeys");
        keys.add("01");
        root.put("linkTypeDefaultCanBeLinkset", false);
        ArrayNode types = root.putArray("supportedLinkType");
        List<String> all = new ArrayList<>(LINK_TYPES);
        all.add(0, DEFAULT_LINK);
        for (String type : all) {
            types.addObject().put("namespace", VOCABULARY).put("prefix", "gs1:").put("profile", VOCABULARY + type);
        }
        root.put("defaultLanguage", "vi".toLowerCase(Locale.ROOT));
        return root.toString();
    }
}

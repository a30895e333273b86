package vn.doimoi.traceability.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import vn.doimoi.shared.web.PublicSite;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.consumer.ConsumerPage;
import vn.doimoi.traceability.consumer.ConsumerPages;
import vn.doimoi.traceability.gs1.DigitalLink;
import vn.doimoi.traceability.gs1.InvalidGs1DataException;

/**
 * The GS1 Digital Link resolver of our QR codes (ADR 0061, GS1-Conformant Resolver): the URI is read
 * by the {@code gs1} package (an invalid one answers 400, never 200); a browser without a link type
 * gets the consumer page at once (a redirect would cost a slow phone one more round trip); a link
 * type answers 307 to its link (the default when the lot has none of that type); {@code
 * linkType=linkset} or {@code Accept: application/linkset+json} answers the RFC 9264 linkset; any
 * other client is sent (307) to the default link. A code naming only the product (no lot) resolves to
 * the product's page; a compressed Digital Link reaches here decompressed ({@link
 * CompressedLinkForwarding}). A lot or product we do not know answers 404.
 */
@Controller
class ResolverController {

    static final MediaType LINKSET = MediaType.parseMediaType("application/linkset+json");

    private final Lots lots;
    private final ConsumerPages pages;
    private final ResolverLinks links;
    private final PublicSite site;
    private final Clock clock;

    ResolverController(Lots lots, ConsumerPages pages, ResolverLinks links, PublicSite site, Clock clock) {
        this.lots = lots;
        this.pages = pages;
        this.links = links;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping({"/01/{gtin}", "/01/{gtin}/10/{lot}", "/01/{gtin}/10/{lot}/21/{serial}", "/01/{gtin}/21/{serial}"})
    @Nullable
    ModelAndView resolve(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String linkType,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept)
            throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        String requested = site.absolute(request.getRequestURI())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        DigitalLink link;
        try {
            link = DigitalLink.parse(requested);
        } catch (InvalidGs1DataException e) {
            ModelAndView invalid = new ModelAndView("traceability/consumer-invalid", HttpStatus.BAD_REQUEST);
            invalid.addObject("reason", e.getMessage());
            return invalid;
        }
        Optional<Resolved> resolved = link.lot().isPresent() ? lotOf(link) : productOf(link);
        if (resolved.isEmpty()) {
            return unknown(requested);
        }
        String anchor = site.absolute(link.path());
        if ("linkset".equals(linkType) || (linkType == null && accepts(accept, LINKSET))) {
            response.setStatus(HttpStatus.OK.value());
            // JSON is UTF-8 by definition (RFC 8259): no charset parameter on the media type
            response.setContentType(LINKSET.toString());
            response.getOutputStream()
                    .write(links.linkset(
                                    resolved.get().pagePath(),
                                    anchor,
                                    resolved.get().title())
                            .getBytes(StandardCharsets.UTF_8));
            return null;
        }
        response.addHeader(
                HttpHeaders.LINK,
                "<" + anchor + "?linkType=linkset>; rel=\"linkset\"; type=\"application/linkset+json\"");
        if (linkType == null && accepts(accept, MediaType.TEXT_HTML)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            ModelAndView view = resolved.get().page().get();
            view.addObject("today", LocalDate.now(clock));
            return view;
        }
        String target = links.target(resolved.get().pagePath(), linkType);
        int anchorAt = target.indexOf('#');
        String withQuery = anchorAt < 0
                ? target + passedOn(request)
                : target.substring(0, anchorAt) + passedOn(request) + target.substring(anchorAt);
        RedirectView redirect = new RedirectView(withQuery);
        redirect.setStatusCode(HttpStatus.TEMPORARY_REDIRECT);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    @GetMapping(value = "/.well-known/gs1resolver", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> description() {
        return ResponseEntity.ok()
                .header("Access-Control-Allow-Origin", "*")
                .contentType(MediaType.APPLICATION_JSON)
                .body(links.description());
    }

    /** A lot's code: its consumer page. */
    private Optional<Resolved> lotOf(DigitalLink link) {
        Optional<LotRow> lot =
                link.lot().flatMap(number -> link.gtin().flatMap(gtin -> lots.find(gtin.value(), number)));
        return lot.map(found -> new Resolved(ConsumerPaths.consumerPage(found), found.productName(), () -> {
            Optional<ConsumerPage> page =
                    pages.page(found.gtin(), found.lotNumber(), link.serial().orElse(null));
            return new ModelAndView("traceability/consumer", "page", page.orElseThrow());
        }));
    }

    /** A code naming only the product (no lot): the product's page, not "unknown". */
    private Optional<Resolved> productOf(DigitalLink link) {
        return link.gtin()
                .flatMap(gtin -> pages.productPage(gtin.value()))
                .map(page -> new Resolved(
                        ConsumerPaths.productPage(page.product().gtin()),
                        page.product().name(),
                        () -> new ModelAndView("traceability/consumer-product", "page", page)));
    }

    /** What a code resolves to: the consumer page's path, its title, and the page itself for a browser. */
    private record Resolved(String pagePath, String title, Supplier<ModelAndView> page) {}

    /** The request's query without {@code linkType}, passed on to the target as a resolver must. */
    private static String passedOn(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty() && !parameter.startsWith("linkType=")) {
                kept.append(kept.isEmpty() ? "?" : "&").append(parameter);
            }
        }
        return kept.toString();
    }

    private static ModelAndView unknown(String code) {
        ModelAndView view = new ModelAndView("traceability/consumer-unknown", HttpStatus.NOT_FOUND);
        view.addObject("code", code);
        return view;
    }

    /** Whether the Accept header names this type (a browser's text/html; an API client's linkset). */
    private static boolean accepts(@Nullable String accept, MediaType type) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(candidate -> !candidate.isWildcardType() && candidate.includes(type));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }
}

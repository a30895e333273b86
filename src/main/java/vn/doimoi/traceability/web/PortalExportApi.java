package vn.doimoi.traceability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PublicSite;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.TraceAccess;
import vn.doimoi.traceability.consumer.ConsumerPage;
import vn.doimoi.traceability.consumer.ConsumerPages;

/**
 * The lot as the national traceability portal shows it to consumers: the fields Circular
 * 02/2024/TT-BKHCN makes visible (product name and images; producer's name and address; time of
 * production and the events; code and serial; expiry; standards applied) with the certifications
 * and the one step back / one step forward. The portal's connection API is not public, so this is
 * a documented JSON the enterprise (or the Department's staff) hands over or maps, not a push to the
 * portal (docs/traceability-portal-export.md). Another organisation's lot is "not found".
 */
@RestController
@RequestMapping("/api/v1/traceability/portal-export")
@Tag(
        name = "Traceability portal export",
        description = "A lot's consumer-visible fields (Circular 02/2024/TT-BKHCN) for the national traceability"
                + " portal, whose connection API is not public. For the lot's enterprise and the Department's staff.")
class PortalExportApi {

    static final String FORMAT = "doimoi-portal-export/1";

    /** AI 21: up to 20 characters of GS1's set 82. */
    private static final Pattern SERIAL = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");

    private final Members members;
    private final Lots lots;
    private final TraceAccess access;
    private final ConsumerPages pages;
    private final PublicSite site;

    PortalExportApi(Members members, Lots lots, TraceAccess access, ConsumerPages pages, PublicSite site) {
        this.members = members;
        this.lots = lots;
        this.access = access;
        this.pages = pages;
        this.site = site;
    }

    record Product(
            String gtin,
            String name,
            @Nullable String description,
            List<String> images,
            @Nullable String standards) {}

    record Producer(String name, @Nullable String address) {}

    record Lot(
            String lotNumber,
            LocalDate producedOn,
            @Nullable LocalDate expiresOn,
            BigDecimal quantity,
            String unit,
            @Nullable LocalDate recalledOn,
            @Nullable String recallReason) {}

    record Certification(
            String name,
            String issuer,
            @Nullable String number,
            @Nullable LocalDate expiresOn) {}

    record Event(
            String eventId,
            String bizStep,
            OffsetDateTime eventTime,
            @Nullable String place,
            @Nullable String partner,
            @Nullable BigDecimal quantity,
            @Nullable String unit) {}

    /**
     * @param traceCode the lot's (or the unit's) GS1 Digital Link (TCVN 13274:2020 trace code as GS1 keys), the QR
     *     code's content
     * @param hri the human-readable text printed under the code
     * @param serial the unit's serial (AI 21) when one was asked for, the circular's "số sê-ri (nếu có)"
     * @param oneStepBack where the lot came from (supplier, or the place of its first event)
     * @param oneStepForward the customer of its last shipment
     */
    record PortalRecord(
            String format,
            String traceCode,
            String hri,
            @Nullable String serial,
            Product product,
            Producer producer,
            Lot lot,
            List<Certification> certifications,
            List<Event> events,
            @Nullable String oneStepBack,
            @Nullable String oneStepForward) {}

    @GetMapping("/01/{gtin}/10/{lot}")
    @Operation(
            summary = "The consumer-visible fields of a lot for the national traceability portal",
            description = "Circular 02/2024/TT-BKHCN fields of the product and lot with its events in the order they"
                    + " happened. Signed-in member of the lot's enterprise, or STAFF. 404 for a lot of another"
                    + " organisation or one that does not exist; 400 for an invalid GTIN.")
    PortalRecord export(@PathVariable String gtin, @PathVariable String lot) {
        return record(page(gtin, lot, null));
    }

    @GetMapping("/01/{gtin}/10/{lot}/21/{serial}")
    @Operation(
            summary = "The consumer-visible fields of one serialised unit of a lot",
            description = "As the lot's export, with the unit's serial (AI 21) in `serial`, `traceCode` and `hri`.")
    PortalRecord exportUnit(@PathVariable String gtin, @PathVariable String lot, @PathVariable String serial) {
        if (!SERIAL.matcher(serial).matches()) {
            throw DomainException.invalid("traceability.error.serial");
        }
        return record(page(gtin, lot, serial));
    }

    private ConsumerPage page(String gtin, String lot, @Nullable String serial) {
        CurrentUser actor = members.actor();
        LotRow row = lots.find(LotKeys.gtin(gtin), lot)
                .orElseThrow(() -> DomainException.notFound("traceability.error.notFound"));
        access.requireReader(actor, row.organisationId());
        return pages.page(row.gtin(), row.lotNumber(), serial)
                .orElseThrow(() -> DomainException.notFound("traceability.error.notFound"));
    }

    private PortalRecord record(ConsumerPage page) {
        LotRow lot = page.lot();
        var product = page.product();
        String serial = page.serial();
        return new PortalRecord(
                FORMAT,
                site.absolute(ConsumerPaths.digitalLink(lot)
                        + (serial == null ? "" : "/21/" + UriUtils.encodePathSegment(serial, StandardCharsets.UTF_8))),
                ConsumerPaths.hri(lot) + (serial == null ? "" : "(21)" + serial),
                serial,
                new Product(
                        product.gtin(),
                        product.name(),
                        product.description(),
                        product.hasImage()
                                ? List.of(site.absolute("/truy-xuat/products/" + product.id() + "/image"))
                                : List.of(),
                        product.standards()),
                new Producer(page.producer(), page.producerAddress()),
                new Lot(
                        lot.lotNumber(),
                        lot.producedOn(),
                        lot.expiresOn(),
                        lot.quantity(),
                        lot.unit(),
                        lot.recalledOn(),
                        lot.recallReason()),
                page.certifications().stream()
                        .map(c -> new Certification(c.name(), c.issuer(), c.number(), c.expiresOn()))
                        .toList(),
                page.timeline().stream()
                        .map(e -> new Event(
                                e.eventId(), e.bizStep(), e.time(), e.place(), e.partner(), e.quantity(), e.unit()))
                        .toList(),
                page.previous(),
                page.next());
    }
}

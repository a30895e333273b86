package vn.doimoi.traceability.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.catalogue.Certifications;
import vn.doimoi.traceability.catalogue.ProductFiles;
import vn.doimoi.traceability.catalogue.Products;
import vn.doimoi.traceability.catalogue.StoredFile;
import vn.doimoi.traceability.consumer.ConsumerPage;
import vn.doimoi.traceability.consumer.ConsumerPages;
import vn.doimoi.traceability.consumer.ProductPage;

/**
 * What a consumer's phone opens: the lot's page (the resolver's default link, also served straight
 * from the Digital Link, see {@link ResolverController}), the product's picture and certificates.
 */
@Controller
class ConsumerController {

    private final ConsumerPages pages;
    private final Products products;
    private final Certifications certifications;
    private final ProductFiles files;
    private final Clock clock;

    ConsumerController(
            ConsumerPages pages, Products products, Certifications certifications, ProductFiles files, Clock clock) {
        this.pages = pages;
        this.products = products;
        this.certifications = certifications;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/truy-xuat/01/{gtin}/10/{lot}")
    String page(@PathVariable String gtin, @PathVariable String lot, Model model, HttpServletResponse response) {
        String key = LotKeys.gtin(gtin);
        return render(pages.page(key, lot, null), "/01/" + gtin + "/10/" + lot, model, response);
    }

    /** The page of a product when the code names no lot (the resolver's default link for {@code /01/{gtin}}). */
    @GetMapping("/truy-xuat/01/{gtin}")
    String productPage(@PathVariable String gtin, Model model, HttpServletResponse response) {
        Optional<ProductPage> page = pages.productPage(LotKeys.gtin(gtin));
        if (page.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("code", "/01/" + gtin);
            return "traceability/consumer-unknown";
        }
        model.addAttribute("page", page.get());
        model.addAttribute("today", LocalDate.now(clock));
        return "traceability/consumer-product";
    }

    /** The consumer page, or the Vietnamese "unknown code" page with 404. */
    String render(Optional<ConsumerPage> page, String code, Model model, HttpServletResponse response) {
        if (page.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("code", code);
            return "traceability/consumer-unknown";
        }
        // a recall must show on the next scan: never cached
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("page", page.get());
        model.addAttribute("today", LocalDate.now(clock));
        return "traceability/consumer";
    }

    @GetMapping("/truy-xuat/products/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        return serve(products.image(id));
    }

    @GetMapping("/truy-xuat/certifications/{id}/file")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
        return serve(certifications.file(id));
    }

    private ResponseEntity<byte[]> serve(Optional<StoredFile> file) {
        StoredFile stored = file.orElseThrow(() -> DomainException.notFound("traceability.error.notFound"));
        byte[] bytes = files.read(stored).orElseThrow(() -> DomainException.notFound("traceability.error.notFound"));
        // kept by content hash: the same key never changes, so phones may cache it for long
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}

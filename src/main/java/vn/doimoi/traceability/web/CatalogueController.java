package vn.doimoi.traceability.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;
import vn.doimoi.traceability.catalogue.Certifications;
import vn.doimoi.traceability.catalogue.ProductFiles;
import vn.doimoi.traceability.catalogue.ProductRow;
import vn.doimoi.traceability.catalogue.Products;
import vn.doimoi.traceability.catalogue.StoredFile;

/** A member's products: the overview of the catalogue, a product's page, its picture and certifications. */
@Controller
class CatalogueController {

    private static final String HOME = "/traceability";

    private final Members members;
    private final Products products;
    private final Certifications certifications;
    private final ProductFiles files;
    private final CatalogueViews views;
    private final Clock clock;

    CatalogueController(
            Members members,
            Products products,
            Certifications certifications,
            ProductFiles files,
            CatalogueViews views,
            Clock clock) {
        this.members = members;
        this.products = products;
        this.certifications = certifications;
        this.files = files;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping(HOME)
    String overview(Model model) {
        CurrentUser actor = members.actor();
        views.overview(model, actor.organisationId(), members.verified(actor), false);
        return "traceability/overview";
    }

    @GetMapping("/traceability/products/new")
    String newProduct(Model model, RedirectAttributes redirect) {
        if (!members.verified(members.actor())) {
            PostRedirectGet.problem(redirect, "traceability.error.unverified");
            return PostRedirectGet.redirect(HOME);
        }
        return productForm(model, ProductForm.empty(), FormErrors.none());
    }

    @PostMapping("/traceability/products/new")
    String createProduct(
            @ModelAttribute("form") ProductForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = members.actor();
        return FormSubmission.of(binding, CatalogueController::productField)
                .run(
                        () -> PostRedirectGet.done(
                                redirect,
                                "/traceability/products/" + products.create(actor, form.product()),
                                "traceability.product.created"),
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return productForm(model, form, errors);
                        });
    }

    @GetMapping("/traceability/products/{id}")
    String product(@PathVariable UUID id, Model model) {
        ProductRow product = products.read(members.actor(), id);
        return productPage(model, product, FormErrors.none());
    }

    @PostMapping("/traceability/products/{id}")
    String updateProduct(
            @PathVariable UUID id,
            @ModelAttribute("form") ProductForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = members.actor();
        ProductRow product = products.read(actor, id);
        return FormSubmission.of(binding, CatalogueController::productField)
                .run(
                        () -> {
                            products.update(
                                    actor, id, form.product(), form.rowVersion() == null ? -1 : form.rowVersion());
                            return PostRedirectGet.done(redirect, "/traceability/products/" + id, "traceability.saved");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return productPage(model, product, errors);
                        });
    }

    @PostMapping("/traceability/products/{id}/image")
    String image(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile image,
            RedirectAttributes redirect) {
        CurrentUser actor = members.actor();
        products.read(actor, id);
        return PostRedirectGet.act(redirect, "/traceability/products/" + id, "traceability.saved", () -> {
            if (image == null || image.isEmpty()) {
                throw DomainException.invalid("file.error.empty");
            }
            try {
                StoredFile picture = files.picture(image.getInputStream(), image.getSize());
                products.setImage(actor, id, picture);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/traceability/products/{id}/certifications")
    String certification(
            @PathVariable UUID id,
            @ModelAttribute("certification") CertificationForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        CurrentUser actor = members.actor();
        products.read(actor, id);
        return PostRedirectGet.act(redirect, "/traceability/products/" + id, "traceability.certification.added", () -> {
            if (binding.hasErrors()) {
                throw DomainException.invalid("traceability.error.certificationForm");
            }
            StoredFile stored = null;
            if (file != null && !file.isEmpty()) {
                try {
                    stored = files.certificate(file.getInputStream(), file.getSize());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            certifications.add(actor, id, form.certification(), stored);
        });
    }

    private String productForm(Model model, ProductForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "traceability/product-form";
    }

    private String productPage(Model model, ProductRow product, FormErrors errors) {
        model.addAttribute("product", product);
        model.addAttribute("certifications", certifications.of(product.id()));
        model.addAttribute("lots", views.lotsOf(product));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        return "traceability/product";
    }

    static String productField(DomainException refusal) {
        String key = refusal.messageKey();
        return key.contains("gtin") ? "gtin" : key.contains("name") ? "name" : FormErrors.GLOBAL;
    }
}

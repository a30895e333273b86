package vn.doimoi.portal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.portal.BannerPosition;
import vn.doimoi.portal.banner.Banners;
import vn.doimoi.portal.banner.Images;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/** Editors manage banners and upload images for articles. */
@Controller
class BannerController {

    private final Banners banners;
    private final Images images;

    private final MessageSource messages;

    BannerController(Banners banners, Images images, MessageSource messages) {
        this.banners = banners;
        this.images = images;
        this.messages = messages;
    }

    @GetMapping("/editor/banners")
    String list(Model model) {
        return page(model, FormErrors.none());
    }

    @PostMapping("/editor/banners")
    String create(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @Nullable MultipartFile image,
            @RequestParam(required = false) @Nullable String link,
            @RequestParam(defaultValue = "SIDE") BannerPosition position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate activeFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate activeUntil,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        return FormSubmission.on(FormErrors.GLOBAL)
                .run(
                        () -> {
                            if (image == null || image.isEmpty()) {
                                throw DomainException.invalid("file.error.empty");
                            }
                            String url = images.storeBanner(
                                    image.getInputStream(), image.getSize(), position.maxImageWidth());
                            banners.create(title, url, link, position, activeFrom, activeUntil);
                            return PostRedirectGet.done(redirect, "/editor/banners", "banner.created");
                        },
                        errors -> page(model, errors));
    }

    @PostMapping("/editor/banners/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        banners.delete(id);
        return PostRedirectGet.done(redirect, "/editor/banners", "banner.deleted");
    }

    /** An image for an article body: stored, then shown with the HTML to paste. */
    @PostMapping("/editor/images")
    String uploadImage(@RequestParam(required = false) @Nullable MultipartFile image, Model model) throws IOException {
        try {
            if (image == null || image.isEmpty()) {
                throw DomainException.invalid("file.error.empty");
            }
            model.addAttribute("imageUrl", images.storeBodyImage(image.getInputStream(), image.getSize()));
            model.addAttribute("errors", FormErrors.none());
        } catch (DomainException e) {
            model.addAttribute("imageUrl", null);
            model.addAttribute("errors", FormErrors.none().with(FormErrors.GLOBAL, e.messageKey(), e.arguments()));
        }
        return "portal/image-uploaded";
    }

    /** The same upload for the rich-text editor, which inserts the image where the cursor is. */
    @PostMapping(path = "/editor/images", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> uploadImageForEditor(
            @RequestParam(required = false) @Nullable MultipartFile image) throws IOException {
        try {
            if (image == null || image.isEmpty()) {
                throw DomainException.invalid("file.error.empty");
            }
            return ResponseEntity.ok(Map.of("url", images.storeBodyImage(image.getInputStream(), image.getSize())));
        } catch (DomainException e) {
            String message =
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
            return ResponseEntity.badRequest().body(Map.of("error", message == null ? e.messageKey() : message));
        }
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("banners", banners.all());
        model.addAttribute("positions", List.of(BannerPosition.values()));
        model.addAttribute("errors", errors);
        return "portal/editor-banners";
    }
}

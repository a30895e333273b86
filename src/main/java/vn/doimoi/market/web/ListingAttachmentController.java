package vn.doimoi.market.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.listing.ListingAttachments;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/** Images and files of a listing: the owner uploads and removes them; readers see and download them. */
@Controller
class ListingAttachmentController {

    private final ListingAttachments attachments;
    private final Accounts accounts;

    ListingAttachmentController(ListingAttachments attachments, Accounts accounts) {
        this.attachments = attachments;
        this.accounts = accounts;
    }

    @PostMapping("/market/my/listings/{id}/attachments")
    String upload(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        CurrentUser actor = accounts.current().orElseThrow();
        return PostRedirectGet.act(redirect, page(id), "market.attachment.added", () -> {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("market.error.fileEmpty");
            }
            try {
                attachments.add(actor, id, file.getOriginalFilename(), file.getInputStream(), file.getSize());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/market/my/listings/{id}/attachments/{attachmentId}/delete")
    String remove(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
        CurrentUser actor = accounts.current().orElseThrow();
        return PostRedirectGet.act(
                redirect, page(id), "market.attachment.removed", () -> attachments.remove(actor, id, attachmentId));
    }

    @GetMapping("/market/listings/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return send(
                attachments.download(id, attachmentId, false, accounts.current().orElse(null)));
    }

    @GetMapping("/market/listings/{id}/attachments/{attachmentId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return send(
                attachments.download(id, attachmentId, true, accounts.current().orElse(null)));
    }

    private static ResponseEntity<byte[]> send(ListingAttachments.Download download) {
        return FileResponses.of(download.bytes(), download.mediaType(), download.fileName(), download.inline());
    }

    private static String page(UUID id) {
        return "/market/listings/" + id;
    }
}

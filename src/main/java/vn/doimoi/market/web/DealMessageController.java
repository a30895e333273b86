package vn.doimoi.market.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
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
import vn.doimoi.market.deal.DealMessages;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/** A deal's message thread: a participant writes (with a file or not) and downloads a message's file. */
@Controller
class DealMessageController {

    private final DealMessages messages;
    private final Accounts accounts;

    DealMessageController(DealMessages messages, Accounts accounts) {
        this.messages = messages;
        this.accounts = accounts;
    }

    @PostMapping("/market/deals/{id}/messages")
    String post(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        CurrentUser actor = accounts.current().orElseThrow();
        try {
            messages.post(actor, id, text, upload(file));
            return PostRedirectGet.done(redirect, "/market/deals/" + id + "#thread", "market.thread.sent");
        } catch (DomainException e) {
            if (e.isNotFound() || e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e; // not a participant: the refusal itself, not a page to retry on
            }
            PostRedirectGet.problem(redirect, e);
            return PostRedirectGet.redirect("/market/deals/" + id + "#thread");
        }
    }

    private static DealMessages.@Nullable Upload upload(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new DealMessages.Upload(file.getOriginalFilename(), file.getInputStream(), file.getSize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/market/deals/{id}/messages/{messageId}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID messageId) {
        DealMessages.Attachment file = messages.file(accounts.current().orElseThrow(), id, messageId);
        return FileResponses.of(new InputStreamResource(file.content()), file.mediaType(), file.fileName(), false);
    }
}

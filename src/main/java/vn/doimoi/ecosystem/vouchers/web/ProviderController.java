package vn.doimoi.ecosystem.vouchers.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.ecosystem.vouchers.Redemptions;
import vn.doimoi.ecosystem.vouchers.VoucherFiles;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * A provider's side: the requests enterprises made with their vouchers, the delivery recorded
 * with evidence files, or a refusal with its reason; and the evidence files for those entitled.
 */
@Controller
class ProviderController {

    private static final String PROVIDER = "/ecosystem/vouchers/provider";
    private static final int MAX_FILES = 10;

    private final Redemptions redemptions;
    private final VoucherFiles files;
    private final VoucherActors actors;

    ProviderController(Redemptions redemptions, VoucherFiles files, VoucherActors actors) {
        this.redemptions = redemptions;
        this.files = files;
        this.actors = actors;
    }

    @GetMapping(PROVIDER)
    String requests(Model model) {
        model.addAttribute("redemptions", redemptions.asProvider(actors.actor()));
        return "ecosystem/vouchers/provider";
    }

    @PostMapping(PROVIDER + "/redemptions/{id}/deliver")
    String deliver(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
            RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(redirect, PROVIDER, "vouchers.redemption.delivered", () -> {
            List<MultipartFile> given = evidence == null
                    ? List.of()
                    : evidence.stream().filter(file -> !file.isEmpty()).toList();
            if (given.size() > MAX_FILES) {
                throw DomainException.invalid("vouchers.error.tooManyFiles", MAX_FILES);
            }
            List<Redemptions.Upload> uploads = new ArrayList<>();
            for (MultipartFile file : given) {
                try (InputStream content = file.getInputStream()) {
                    uploads.add(new Redemptions.Upload(
                            name(file.getOriginalFilename()), files.keep(content, file.getSize())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            redemptions.deliver(actor, id, Objects.toString(note, ""), uploads);
        });
    }

    @PostMapping(PROVIDER + "/redemptions/{id}/refuse")
    String refuse(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        CurrentUser actor = actors.actor();
        return PostRedirectGet.act(
                redirect,
                PROVIDER,
                "vouchers.redemption.refused",
                () -> redemptions.refuse(actor, id, Objects.toString(reason, "")));
    }

    @GetMapping("/ecosystem/vouchers/redemptions/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID evidenceId) throws IOException {
        Redemptions.EvidenceFile file = redemptions
                .evidence(actors.actor(), id, evidenceId)
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
        try (InputStream content = file.content().getInputStream()) {
            return Downloads.attachment(
                    content.readAllBytes(), MediaType.parseMediaType(file.mediaType()), file.name());
        }
    }

    /** The uploaded file's own name, without any path a browser sent, within the column. */
    static String name(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "minh-chung";
        }
        return java.text.Normalizer.normalize(
                name.length() > 200 ? name.substring(name.length() - 200) : name, java.text.Normalizer.Form.NFC);
    }
}

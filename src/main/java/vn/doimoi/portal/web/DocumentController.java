package vn.doimoi.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.portal.DocumentSummary;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.document.DocumentAttachments;
import vn.doimoi.portal.document.DocumentQuery;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.references.References;

/** The documents library (Văn bản): search by number, type, issuing body, dates and text. */
@Controller
class DocumentController {

    static final int PAGE_SIZE = 20;

    private final Documents documents;
    private final DocumentAttachments attachments;
    private final References references;

    DocumentController(Documents documents, DocumentAttachments attachments, References references) {
        this.documents = documents;
        this.attachments = attachments;
        this.references = references;
    }

    @GetMapping("/documents")
    String library(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DocumentQuery query = new DocumentQuery(q, number, type, body, from, to);
        model.addAttribute("query", query);
        model.addAttribute("results", documents.search(query, new Paging(page, PAGE_SIZE).page(), PAGE_SIZE));
        model.addAttribute("types", List.of(DocumentType.values()));
        return "portal/documents";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable UUID id, Model model) {
        DocumentSummary document = documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
        model.addAttribute("document", document);
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("references", references.about(document.number(), document.url()));
        return "portal/document";
    }

    /** An attachment, under its own name (UTF-8, RFC 6266) and the type its bytes were checked as. */
    @GetMapping("/documents/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        DocumentAttachments.Download download = attachments.download(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(download.content());
    }
}

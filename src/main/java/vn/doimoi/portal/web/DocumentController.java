package vn.doimoi.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.document.DocumentQuery;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.shared.NotFoundException;

/** The documents library (Văn bản): search by number, type, issuing body, dates and text. */
@Controller
class DocumentController {

    static final int PAGE_SIZE = 20;

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
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
        model.addAttribute("results", documents.search(query, page, PAGE_SIZE));
        model.addAttribute("types", List.of(DocumentType.values()));
        return "portal/documents";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable UUID id, Model model) {
        model.addAttribute("document", documents.find(id).orElseThrow(() -> new NotFoundException("document", id)));
        return "portal/document";
    }
}

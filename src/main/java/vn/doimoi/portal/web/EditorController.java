package vn.doimoi.portal.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.doimoi.identity.Accounts;
import vn.doimoi.portal.ArticleStatus;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.article.DeskFilter;
import vn.doimoi.portal.banner.Images;
import vn.doimoi.portal.document.DocumentAttachments;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** The editors' desk (EDITOR, STAFF, ADMIN): articles through the workflow, categories, documents. */
@Controller
class EditorController {

    static final int DOCUMENTS_PAGE_SIZE = 50;

    private final Articles articles;
    private final Documents documents;
    private final Accounts accounts;
    private final Images images;
    private final DocumentAttachments attachments;

    EditorController(
            Articles articles, Documents documents, Accounts accounts, Images images, DocumentAttachments attachments) {
        this.articles = articles;
        this.documents = documents;
        this.accounts = accounts;
        this.images = images;
        this.attachments = attachments;
    }

    // ---- articles

    @GetMapping("/editor/articles")
    String desk(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ArticleStatus status,
            @RequestParam(required = false) @Nullable UUID category,
            @RequestParam(required = false) @Nullable String author,
            Model model) {
        DeskFilter filter = new DeskFilter(q, status, category, author);
        model.addAttribute("articles", articles.desk(filter, new Paging(page, 20).page(), 20));
        model.addAttribute("filter", filter);
        model.addAttribute("categories", articles.categories());
        return "portal/editor-articles";
    }

    @GetMapping("/editor/articles/new")
    String newArticle(Model model) {
        String author = accounts.current()
                .flatMap(user -> accounts.find(user.id()))
                .map(user -> user.displayName())
                .orElse(null);
        return articleForm(model, null, null, ArticleForm.empty(author), FormErrors.none());
    }

    @PostMapping("/editor/articles/new")
    String create(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return saveArticle(null, form, binding, model, redirect);
    }

    @GetMapping("/editor/articles/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Articles.EditableArticle article = articles.editable(id);
        return articleForm(model, id, article, ArticleForm.of(article.data(), article.version()), FormErrors.none());
    }

    @PostMapping("/editor/articles/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return saveArticle(id, form, binding, model, redirect);
    }

    /** A new article ({@code id} null) or an edit: saved, or the form again with what is wrong. */
    private String saveArticle(
            @Nullable UUID id, ArticleForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.of(binding, e -> articleField(e))
                .run(
                        () -> {
                            UUID saved = id == null
                                    ? articles.create(form.data())
                                    : articles.update(id, form.version(), form.data());
                            return PostRedirectGet.done(redirect, "/editor/articles/" + saved, "article.saved");
                        },
                        errors -> articleForm(model, id, null, form, errors));
    }

    @GetMapping("/editor/articles/{id}/preview")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("article", articles.preview(id));
        return "portal/article-print";
    }

    /** One workflow step: submit, publish, unpublish or back to draft. */
    @PostMapping("/editor/articles/{id}/status")
    String transition(
            @PathVariable UUID id,
            @RequestParam ArticleStatus to,
            @RequestParam long version,
            RedirectAttributes redirect) {
        switch (to) {
            case IN_REVIEW -> articles.submit(id, version);
            case PUBLISHED -> articles.publish(id, version);
            case UNPUBLISHED -> articles.unpublish(id, version);
            case DRAFT -> articles.backToDraft(id, version);
        }
        return PostRedirectGet.done(redirect, "/editor/articles/" + id, "article.status.changed." + to.name());
    }

    /** Scheduled publishing: the time is Vietnam time, as the editor reads it on the wall clock. */
    @PostMapping("/editor/articles/{id}/schedule")
    String schedule(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime at,
            @RequestParam long version,
            Model model,
            RedirectAttributes redirect) {
        return FormSubmission.on("scheduleAt")
                .run(
                        () -> {
                            if (at == null) {
                                throw DomainException.invalid("portal.error.scheduleRequired");
                            }
                            articles.schedule(id, version, at);
                            return PostRedirectGet.done(redirect, "/editor/articles/" + id, "portal.scheduled");
                        },
                        errors -> storedArticleForm(model, id, errors));
    }

    @PostMapping("/editor/articles/{id}/schedule/cancel")
    String cancelSchedule(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        articles.cancelSchedule(id, version);
        return PostRedirectGet.done(redirect, "/editor/articles/" + id, "portal.scheduleCancelled");
    }

    /** A cover image: checked by its bytes, resized to 1200 px and a thumbnail, then set. */
    @PostMapping("/editor/articles/{id}/cover")
    String cover(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile cover,
            @RequestParam long version,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        return FormSubmission.on("cover")
                .run(
                        () -> {
                            if (cover == null || cover.isEmpty()) {
                                throw DomainException.invalid("file.error.empty");
                            }
                            Images.Cover stored = images.storeCover(cover.getInputStream(), cover.getSize());
                            articles.changeCover(id, version, stored.url(), stored.thumbnailUrl());
                            return PostRedirectGet.done(redirect, "/editor/articles/" + id, "portal.coverChanged");
                        },
                        errors -> storedArticleForm(model, id, errors));
    }

    @PostMapping("/editor/articles/{id}/cover/remove")
    String removeCover(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        articles.changeCover(id, version, null, null);
        return PostRedirectGet.done(redirect, "/editor/articles/" + id, "portal.coverRemoved");
    }

    /** The article as stored, shown again with an error of one of its side forms (schedule, cover). */
    private String storedArticleForm(Model model, UUID id, FormErrors errors) {
        Articles.EditableArticle article = articles.editable(id);
        return articleForm(model, id, article, ArticleForm.of(article.data(), article.version()), errors);
    }

    private String articleForm(
            Model model,
            @Nullable UUID id,
            Articles.@Nullable EditableArticle article,
            ArticleForm form,
            FormErrors errors) {
        Articles.EditableArticle current = article;
        if (current == null && id != null) {
            try {
                current = articles.editable(id);
            } catch (DomainException e) {
                current = null;
            }
        }
        model.addAttribute("articleId", id);
        model.addAttribute("article", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", articles.categories());
        return "portal/article-form";
    }

    private static String articleField(DomainException e) {
        return switch (e.messageKey()) {
            case "article.error.titleRequired" -> "title";
            case "article.error.bodyRequired" -> "body";
            case "article.error.categoryRequired" -> "categoryId";
            default -> FormErrors.GLOBAL;
        };
    }

    // ---- categories

    /** The column's size (portal.category.name varchar(200)): longer names are refused at the edge. */
    private static final int CATEGORY_NAME_MAX = 200;

    @GetMapping("/editor/categories")
    String categories(Model model) {
        return categoriesPage(model, FormErrors.none());
    }

    @PostMapping("/editor/categories")
    String createCategory(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "0") int position,
            Model model,
            RedirectAttributes redirect) {
        if (name.length() > CATEGORY_NAME_MAX) {
            return categoriesPage(model, FormErrors.none().with("name", "error.input.maxLength", CATEGORY_NAME_MAX));
        }
        return FormSubmission.on("name")
                .run(
                        () -> {
                            articles.createCategory(name, position);
                            return PostRedirectGet.done(redirect, "/editor/categories", "category.created");
                        },
                        errors -> categoriesPage(model, errors));
    }

    private String categoriesPage(Model model, FormErrors errors) {
        model.addAttribute("categories", articles.categories());
        model.addAttribute("errors", errors);
        return "portal/editor-categories";
    }

    // ---- documents

    @GetMapping("/editor/documents")
    String documentList(@PageSize(DOCUMENTS_PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("documents", PageOf.slice(documents.all(), paging));
        return "portal/editor-documents";
    }

    @GetMapping("/editor/documents/new")
    String newDocument(Model model) {
        return documentForm(model, null, DocumentForm.empty(), FormErrors.none());
    }

    @PostMapping("/editor/documents/new")
    String createDocument(
            @Valid @ModelAttribute("form") DocumentForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        return saveDocument(null, form, binding, files, model, redirect);
    }

    @GetMapping("/editor/documents/{id}")
    String editDocument(@PathVariable UUID id, Model model) {
        Documents.EditableDocument document = documents.editable(id);
        return documentForm(model, id, DocumentForm.of(document.data(), document.version()), FormErrors.none());
    }

    @PostMapping("/editor/documents/{id}")
    String updateDocument(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DocumentForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        return saveDocument(id, form, binding, files, model, redirect);
    }

    /** A new document ({@code id} null) or an edit, then the files chosen with it. */
    private String saveDocument(
            @Nullable UUID id,
            DocumentForm form,
            BindingResult binding,
            @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding, e -> documentField(e))
                .run(
                        () -> {
                            UUID saved = id == null
                                    ? documents.create(form.data())
                                    : documents.update(id, form.version(), form.data());
                            return attachAll(saved, files, redirect);
                        },
                        errors -> documentForm(model, id, form, errors));
    }

    /**
     * The files chosen on the document form itself, attached once the document is saved. A file
     * refused (type, size) does not undo the saved document: the editor lands on its form with
     * the reason and the files that were kept, and can choose another.
     */
    private String attachAll(UUID id, @Nullable List<MultipartFile> files, RedirectAttributes redirect) {
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            try (var content = file.getInputStream()) {
                attachments.attach(id, file.getOriginalFilename(), content, file.getSize());
            } catch (DomainException e) {
                PostRedirectGet.problem(redirect, e);
                return PostRedirectGet.redirect("/editor/documents/" + id);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return PostRedirectGet.done(redirect, "/documents/" + id, "document.saved");
    }

    /** A file for the document (the signed text, annexes): checked by its bytes, stored on disk. */
    @PostMapping("/editor/documents/{id}/attachments")
    String attach(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        return FormSubmission.on("file")
                .run(
                        () -> {
                            if (file == null || file.isEmpty()) {
                                throw DomainException.invalid("file.error.empty");
                            }
                            attachments.attach(id, file.getOriginalFilename(), file.getInputStream(), file.getSize());
                            return PostRedirectGet.done(redirect, "/editor/documents/" + id, "portal.attachmentAdded");
                        },
                        errors -> {
                            Documents.EditableDocument document = documents.editable(id);
                            return documentForm(
                                    model, id, DocumentForm.of(document.data(), document.version()), errors);
                        });
    }

    @PostMapping("/editor/documents/{id}/attachments/{attachmentId}/delete")
    String removeAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
        attachments.remove(id, attachmentId);
        return PostRedirectGet.done(redirect, "/editor/documents/" + id, "portal.attachmentRemoved");
    }

    private String documentForm(Model model, @Nullable UUID id, DocumentForm form, FormErrors errors) {
        model.addAttribute("attachments", id == null ? List.of() : attachments.of(id));
        model.addAttribute("documentId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", List.of(DocumentType.values()));
        return "portal/document-form";
    }

    private static String documentField(DomainException e) {
        return switch (e.messageKey()) {
            case "document.error.numberRequired", "document.error.numberTaken" -> "number";
            case "document.error.titleRequired" -> "title";
            case "document.error.issuingBodyRequired" -> "issuingBody";
            case "document.error.effectiveBeforeIssued" -> "effectiveOn";
            default -> FormErrors.GLOBAL;
        };
    }
}

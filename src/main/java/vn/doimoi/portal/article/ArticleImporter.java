package vn.doimoi.portal.article;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.portal.ArticleImport;
import vn.doimoi.portal.ImportedArticle;
import vn.doimoi.portal.banner.Images;

/** Imports through {@link Articles}, so imported articles are cleaned, audited and indexed like written ones. */
@Service
@Transactional
class ArticleImporter implements ArticleImport {

    private final Articles articles;
    private final ArticleRepository repository;
    private final Images images;

    ArticleImporter(Articles articles, ArticleRepository repository, Images images) {
        this.articles = articles;
        this.repository = repository;
        this.images = images;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean has(UUID id) {
        return repository.existsById(id);
    }

    @Override
    public void published(UUID id, ImportedArticle article, byte @Nullable [] cover, Instant publishedAt) {
        articles.create(id, data(article));
        if (cover != null) {
            Images.Cover stored = images.storeCover(new ByteArrayInputStream(cover), cover.length);
            articles.changeCover(id, articles.editable(id).version(), stored.url(), stored.thumbnailUrl());
        }
        articles.publishAt(id, publishedAt);
    }

    @Override
    public void scheduled(UUID id, ImportedArticle article, LocalDateTime at) {
        articles.create(id, data(article));
        articles.schedule(id, articles.editable(id).version(), at);
    }

    @Override
    public void inReview(UUID id, ImportedArticle article) {
        articles.create(id, data(article));
        articles.submit(id, articles.editable(id).version());
    }

    private static ArticleData data(ImportedArticle article) {
        return new ArticleData(article.title(), article.lead(), article.body(), article.author(), article.categoryId());
    }
}

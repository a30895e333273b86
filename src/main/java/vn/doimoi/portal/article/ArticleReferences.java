package vn.doimoi.portal.article;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.shared.references.Reference;
import vn.doimoi.shared.references.ReferenceSource;

/** The published articles that cite a document number in their text (the seed article cites 54-CTr/TU). */
@Component
class ArticleReferences implements ReferenceSource {

    private static final int MOST = 5;

    private final ArticleRepository articles;
    private final Clock clock;

    ArticleReferences(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reference> about(String number) {
        String phrase =
                "%" + number.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return articles.citing(phrase, clock.instant(), PageRequest.of(0, MOST)).stream()
                .map(article -> new Reference("reference.article", article.title(), "/news/" + article.slug()))
                .toList();
    }
}

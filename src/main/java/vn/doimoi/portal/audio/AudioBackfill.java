package vn.doimoi.portal.audio;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.portal.ArticleSummary;
import vn.doimoi.portal.article.Articles;

/** After start, published articles without audio (the seed, a new machine) get it in the background. */
@Component
@Order(40)
class AudioBackfill implements ApplicationRunner {

    private final ArticleAudio audio;
    private final Articles articles;

    AudioBackfill(ArticleAudio audio, Articles articles) {
        this.audio = audio;
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (audio.available()) {
            for (ArticleSummary article : articles.allPublished()) {
                audio.generateInBackground(article.id());
            }
        }
    }
}

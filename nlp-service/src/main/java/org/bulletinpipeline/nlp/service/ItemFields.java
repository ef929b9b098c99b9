package org.bulletinpipeline.nlp.service;

import java.util.ArrayList;
import java.util.List;

import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.ArticleExtracted.BylineView;
import org.bulletinpipeline.contracts.event.ItemMetadata;

/**
 * A structured document's word on its story is kept, not re-derived: the item's headline is the title of the
 * story's first article (a NITF {@code hl1} "禹州市召开疫情防控工作会议" even where the text reads a kicker above
 * it), its byline stands in when the text has none, its published date when the lead tells no date.
 */
final class ItemFields {

    private ItemFields() {
    }

    static List<ArticleExtracted> apply(List<ArticleExtracted> articles, ItemMetadata item) {
        if (item == null || articles.isEmpty()) {
            return articles;
        }
        List<ArticleExtracted> applied = new ArrayList<>(articles);
        ArticleExtracted first = articles.getFirst();
        String title = item.headline() != null && !item.headline().isBlank() ? item.headline().strip() : first.title();
        List<BylineView> bylines = first.bylines().isEmpty() && item.byline() != null && !item.byline().isBlank()
                ? List.of(new BylineView("author", item.byline().strip())) : first.bylines();
        applied.set(0, first.withItemFields(title, bylines, first.dateline() != null || item.publishedAt() == null
                ? first.dateline() : item.publishedAt().toLocalDate()));
        return applied;
    }
}

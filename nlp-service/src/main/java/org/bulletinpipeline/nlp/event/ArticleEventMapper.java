package org.bulletinpipeline.nlp.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.ArticleExtracted.BylineView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.DateView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.FactView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.MastheadView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.OrganizationView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.PersonView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.Pipeline;
import org.bulletinpipeline.contracts.event.ArticleExtracted.PlaceView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.QuoteView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.SpanView;
import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.mediatopic.MediaTopics;
import org.bulletinpipeline.nlp.extract.model.ArticleEntities;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.ExtractedArticle;
import org.bulletinpipeline.nlp.extract.model.Extraction;
import org.bulletinpipeline.nlp.extract.model.Masthead;
import org.bulletinpipeline.nlp.extract.model.Span;
import org.bulletinpipeline.nlp.extract.model.YearSource;

/**
 * Turns the extraction core's model into the newest ArticleExtracted (enum names become the contract's lower case;
 * topics are given their IPTC Media Topics as well).
 */
public final class ArticleEventMapper {

    private ArticleEventMapper() {
    }

    public static List<ArticleExtracted> toEvents(String bulletinId, BulletinSource source, Extraction extraction,
                                                  String pipelineVersion, Instant processedAt) {
        MastheadView masthead = masthead(extraction.masthead());
        Pipeline pipeline = new Pipeline(pipelineVersion, processedAt);
        int count = extraction.articles().size();
        List<ArticleExtracted> events = new ArrayList<>(count);
        for (int ordinal = 0; ordinal < count; ordinal++) {
            events.add(toEvent(bulletinId, ordinal, count, masthead, source, yearSource(extraction.yearSource()),
                    extraction.articles().get(ordinal), pipeline));
        }
        return events;
    }

    public static MastheadView masthead(Masthead m) {
        return m == null ? null : new MastheadView(m.publication(), m.publishedOn(), m.issueNo(), m.organizer());
    }

    public static String articleId(String bulletinId, int ordinal) {
        return bulletinId + "-" + ordinal;
    }

    private static ArticleExtracted toEvent(String bulletinId, int ordinal, int count, MastheadView masthead,
                                            BulletinSource source, String yearSource, ExtractedArticle article,
                                            Pipeline pipeline) {
        ArticleLayout a = article.layout();
        ArticleEntities e = article.entities();
        return new ArticleExtracted(ArticleExtracted.SCHEMA_VERSION, articleId(bulletinId, ordinal), bulletinId,
                ordinal, count, masthead, source, wire(a.kind()), a.kicker(), a.title(), a.subtitle(),
                a.bylines().stream().map(b -> new BylineView(wire(b.role()), b.name())).toList(),
                a.dateline(), yearSource, a.body(), a.continuedOn(), span(a.span()),
                e.persons().stream().map(p -> new PersonView(p.name(), p.titles(), p.mentions(), spans(p.spans())))
                        .toList(),
                e.places().stream().map(p -> new PlaceView(p.name(), p.canonicalName(), wire(p.level()), p.code(), p.mentions(),
                        spans(p.spans()))).toList(),
                e.organizations().stream().map(o -> new OrganizationView(o.name(), o.mentions(), spans(o.spans())))
                        .toList(),
                e.dates().stream().map(d -> new DateView(d.text(), d.date(), span(d.span()))).toList(),
                e.facts().stream().map(f -> new FactView(wire(f.type()), f.place(), f.placeCode(), f.placeText(), f.date(),
                        f.value(), f.evidence(),
                        span(f.span()))).toList(),
                e.quotes().stream().map(q -> new QuoteView(q.speaker(), q.text(), span(q.span()))).toList(),
                e.keywords(), e.summary(), e.topics(), MediaTopics.standard().of(e.topics()), pipeline);
    }

    /** Which evidence dated the bulletin, named after it: {@code masthead}, {@code publishedOn}, {@code text}. */
    private static String yearSource(YearSource source) {
        if (source == null) {
            return null;
        }
        return switch (source) {
            case MASTHEAD -> "masthead";
            case PUBLISHED_ON -> "publishedOn";
            case TEXT -> "text";
        };
    }

    private static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static SpanView span(Span span) {
        return span == null ? null : new SpanView(span.start(), span.end());
    }

    private static List<SpanView> spans(List<Span> spans) {
        return spans == null ? List.of() : spans.stream().map(ArticleEventMapper::span).toList();
    }
}

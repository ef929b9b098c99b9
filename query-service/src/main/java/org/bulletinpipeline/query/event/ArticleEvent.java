package org.bulletinpipeline.query.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.ArticleExtracted.FactView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.OrganizationView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.PersonView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.PlaceView;
import org.bulletinpipeline.contracts.event.ArticleExtracted.QuoteView;
import org.bulletinpipeline.query.place.AdminCode;

/**
 * The parts of an ArticleExtracted event the store indexes; {@code payload} keeps the whole event as it came. Span
 * lists stay JSON text: they are stored and served as they came, never queried.
 */
public record ArticleEvent(String articleId, String bulletinId, int ordinal, int articleCount, String kind,
                           String kicker, String title, String subtitle, LocalDate dateline, String publication,
                           LocalDate publishedOn, String masthead, String pipelineVersion, Instant processedAt,
                           String body, String summary, List<Person> persons, List<Place> places,
                           List<Organization> organizations, List<Fact> facts, List<Quote> quotes,
                           List<String> keywords, List<String> topics, String payload) {

    public record Person(String name, List<String> titles, int mentions, String spans) {
    }

    /** {@code canonicalName} is the division's official name (v2; null from v1 events and for places without code). */
    public record Place(String name, String level, String code, int mentions, String spans, String canonicalName) {
    }

    public record Organization(String name, int mentions, String spans) {
    }

    /** {@code placeCode} is the GB/T 2260 code the extractor gave the place (v2; null from v1 events). */
    public record Fact(String type, String place, LocalDate date, double value, String evidence, String span,
                       String placeCode) {
    }

    public record Quote(String speaker, String text, String span) {
    }

    /**
     * What the store keeps of {@code e}, a valid event: blank text is no text, entities are kept once by name (the
     * first occurrence wins: an extractor listing a name twice must not fail the article), a count left out is one
     * mention, and a code that is not GB/T 2260-shaped is dropped with its official name (the place is kept by name,
     * it just cannot be rolled up). {@code json} writes the masthead and the spans back to JSON text.
     */
    public static ArticleEvent of(ArticleExtracted e, String payload, Function<Object, String> json) {
        String publication = e.masthead() != null && e.masthead().publication() != null ? e.masthead().publication()
                : e.source() != null ? e.source().publication() : null;
        LocalDate publishedOn = e.masthead() != null && e.masthead().publishedOn() != null
                ? e.masthead().publishedOn() : e.source() != null ? e.source().publishedOn() : null;
        return new ArticleEvent(e.articleId(), e.bulletinId(), e.ordinal(), e.articleCount(), e.kind(),
                text(e.kicker()), text(e.title()), text(e.subtitle()), e.dateline(), publication, publishedOn,
                e.masthead() == null ? null : json.apply(e.masthead()), e.pipeline().version(),
                e.pipeline().processedAt(), e.body(), text(e.summary()),
                byName(e.persons(), PersonView::name, p -> new Person(p.name(), strings(p.titles()),
                        count(p.mentions()), spans(p.spans(), json))),
                byName(e.places(), PlaceView::name, p -> place(p, json)),
                byName(e.organizations(), OrganizationView::name, o -> new Organization(o.name(),
                        count(o.mentions()), spans(o.spans(), json))),
                list(e.facts()).stream().map(f -> fact(f, json)).toList(),
                list(e.quotes()).stream().filter(q -> text(q.text()) != null).map(q -> quote(q, json)).toList(),
                strings(e.keywords()), strings(e.topics()), payload);
    }

    private static Place place(PlaceView p, Function<Object, String> json) {
        boolean coded = AdminCode.isCode(p.code());
        return new Place(p.name(), text(p.level()), coded ? p.code() : null, count(p.mentions()),
                spans(p.spans(), json), coded ? text(p.canonicalName()) : null);
    }

    private static Fact fact(FactView f, Function<Object, String> json) {
        return new Fact(f.type(), text(f.place()), f.date(), f.value(), text(f.evidence()),
                f.span() == null ? null : json.apply(f.span()), AdminCode.isCode(f.placeCode()) ? f.placeCode() : null);
    }

    private static Quote quote(QuoteView q, Function<Object, String> json) {
        return new Quote(text(q.speaker()), q.text(), q.span() == null ? null : json.apply(q.span()));
    }

    private static <V, T> List<T> byName(List<V> views, Function<V, String> name, Function<V, T> keep) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (V view : list(views)) {
            byName.putIfAbsent(name.apply(view), keep.apply(view));
        }
        return List.copyOf(byName.values());
    }

    /** Non-blank strings, each once, in their order. */
    private static List<String> strings(List<String> values) {
        List<String> kept = new ArrayList<>();
        for (String value : list(values)) {
            if (text(value) != null && !kept.contains(value)) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static String spans(List<ArticleExtracted.SpanView> spans, Function<Object, String> json) {
        return spans == null ? null : json.apply(spans);
    }

    private static int count(Integer mentions) {
        return mentions == null ? 1 : mentions;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}

package org.bulletinpipeline.nlp.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.bulletinpipeline.nlp.extract.text.AnalyzedText;
import org.bulletinpipeline.nlp.extract.text.ClasspathIOAdapter;
import org.bulletinpipeline.nlp.extract.text.NameCandidate;
import org.bulletinpipeline.nlp.extract.text.Surnames;
import org.bulletinpipeline.nlp.extract.text.TextRange;
import org.bulletinpipeline.nlp.extract.date.DateResolver;
import org.bulletinpipeline.nlp.extract.fact.FactExtractor;
import org.bulletinpipeline.nlp.extract.keyword.KeywordExtractor;
import org.bulletinpipeline.nlp.extract.ner.NameTagger;
import org.bulletinpipeline.nlp.extract.model.ArticleEntities;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.BulletinLayout;
import org.bulletinpipeline.nlp.extract.model.DateMention;
import org.bulletinpipeline.nlp.extract.model.Fact;
import org.bulletinpipeline.nlp.extract.model.Organization;
import org.bulletinpipeline.nlp.extract.model.Person;
import org.bulletinpipeline.nlp.extract.model.Place;
import org.bulletinpipeline.nlp.extract.model.PlaceLevel;
import org.bulletinpipeline.nlp.extract.model.Quote;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.model.Span;
import org.bulletinpipeline.nlp.extract.organization.OrganizationRecognizer;
import org.bulletinpipeline.nlp.extract.person.PersonRecognizer;
import org.bulletinpipeline.nlp.extract.place.PlaceGazetteer;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;
import org.bulletinpipeline.nlp.extract.quote.QuoteExtractor;
import org.bulletinpipeline.nlp.extract.summary.Summarizer;
import org.bulletinpipeline.nlp.extract.topic.TopicClassifier;

/**
 * Reads persons, places, organizations, dates, facts, quotes, keywords, summary and topics from one article.
 * The headline block and the body are segmented once by HanLP; units are read first (a place inside a unit name,
 * {@code 许昌市委}, is no place of its own), then places, then people (whose titles may hold both). Everything is
 * loaded once in the constructor; {@link #extract} keeps no state between calls.
 */
public class EntityExtractor {

    /** Book titles 《…》 name documents; nothing inside them is an entity of the article. */
    private static final Pattern BOOK_TITLE = Pattern.compile("《[^》]{1,80}》");

    /** Publication names end in a type word: 禹州通讯, 许昌日报 → the paper's place is 禹州, 许昌. */
    private static final Pattern PUBLICATION_TYPE = Pattern.compile("(日报|晚报|通讯|报|快报|时报|周刊|新闻)$");

    private final Segment segment;
    private final NameTagger tagger;
    private final PlaceRecognizer places;
    private final OrganizationRecognizer organizations;
    private final PersonRecognizer persons;
    private final DateResolver dates = new DateResolver();
    private final FactExtractor facts;
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final Summarizer summarizer = new Summarizer();
    private final TopicClassifier topics = new TopicClassifier();

    public EntityExtractor() {
        this(new PlaceGazetteer(), new Surnames());
    }

    public EntityExtractor(PlaceGazetteer gazetteer, Surnames surnames) {
        this.segment = newSegment();
        this.tagger = new NameTagger();
        this.places = new PlaceRecognizer(gazetteer);
        this.organizations = new OrganizationRecognizer(gazetteer);
        this.persons = new PersonRecognizer(surnames, places);
        this.facts = new FactExtractor(gazetteer);
    }

    /**
     * HanLP's segmenter as the entity layer runs it, reading its dictionaries from the classpath: name recognition
     * on, offsets kept. The name tagger is trained on text segmented the same way.
     */
    public static Segment newSegment() {
        ClasspathIOAdapter.install();
        return HanLP.newSegment().enableNameRecognize(true).enableOffset(true);
    }

    /** {@code text} segmented by HanLP once, with the name candidates of the tagger and of HanLP's dictionary. */
    public AnalyzedText analyze(String text) {
        List<Term> terms = segment.seg(text);
        return new AnalyzedText(text, terms, candidates(text, terms));
    }

    public ArticleEntities extract(ArticleLayout article, BulletinLayout bulletin) {
        return extract(article, bulletin, SourceHints.none());
    }

    /** As {@link #extract(ArticleLayout, BulletinLayout)}, with what the feed said of the page. */
    public ArticleEntities extract(ArticleLayout article, BulletinLayout bulletin, SourceHints source) {
        return extract(article, bulletin, source, Set::of);
    }

    /**
     * As {@link #extract(ArticleLayout, BulletinLayout, SourceHints)}, with the prefectures the whole page names
     * ({@link #pageCities}), which decide between divisions of one name where the article and the publisher do not;
     * asked for only when they do not.
     */
    public ArticleEntities extract(ArticleLayout article, BulletinLayout bulletin, SourceHints source,
                                   Supplier<Set<String>> pageCities) {
        String headline = headline(article, bulletin);
        int bodyStart = headline.isEmpty() ? 0 : headline.length() + 1;
        String body = article.body() == null ? "" : article.body();
        String text = headline.isEmpty() ? body : headline + "\n" + body;
        AnalyzedText analyzed = analyze(text);
        List<Term> terms = analyzed.terms();
        SpanMapper spans = new SpanMapper(article, bodyStart);

        List<TextRange> bookTitles = new ArrayList<>();
        Matcher book = BOOK_TITLE.matcher(text);
        while (book.find()) {
            bookTitles.add(new TextRange(book.start(), book.end()));
        }
        List<OrganizationRecognizer.Mention> units = organizations.recognize(analyzed, bookTitles);
        List<TextRange> excluded = new ArrayList<>(bookTitles);
        Set<Integer> unitEnds = new HashSet<>();
        for (OrganizationRecognizer.Mention unit : units) {
            excluded.add(new TextRange(unit.start(), unit.end()));
            unitEnds.add(unit.end());
        }
        List<PlaceRecognizer.Mention> regions = regions(bulletin, source);
        List<PlaceRecognizer.Mention> placeMentions = places.recognize(analyzed, excluded,
                regions.size() == 1 ? List.of(regions.get(0).code()) : List.of(), pageCities);
        // units the tagger alone proposes come last: they never hide a place or unit the rules read
        units = organizations.withTaggedNames(analyzed, bookTitles, units, placeMentions);
        units.forEach(unit -> unitEnds.add(unit.end()));
        List<OrganizationRecognizer.Mention> allUnits = units;
        placeMentions = placeMentions.stream().filter(p -> allUnits.stream()
                .noneMatch(u -> u.start() <= p.start() && p.end() <= u.end())).toList();
        List<PersonRecognizer.Found> people = persons.recognize(analyzed, article.bylines(), unitEnds);
        people = dropUnitAndPlaceNames(people, units, placeMentions);
        people = withoutPlaceCompounds(people, placeMentions);
        placeMentions = outsideNames(placeMentions, people);

        List<DateResolver.Resolved> resolved = dates.resolve(text, bulletin.year(), article.dateline());
        String paperCity = paperCity(bulletin);
        List<FactExtractor.Found> figures = facts.extract(text, placeMentions, resolved, article.dateline(), paperCity,
                regions, publishedOn(bulletin, source));
        List<QuoteExtractor.Found> quoted = quotes.extract(text, people.stream().map(PersonRecognizer.Found::name).toList());

        return new ArticleEntities(
                people.stream().map(p -> new Person(p.name(), List.copyOf(p.titles()), p.positions().size(),
                        spans.map(p.positions()))).toList(),
                placeList(placeMentions, spans),
                organizationList(units, spans),
                resolved.stream().map(d -> new DateMention(d.text(), d.date(), spans.map(d.start(), d.end()))).toList(),
                figures.stream().map(f -> new Fact(f.type(), f.code() != null ? canonicalName(f.code()) : f.place(),
                        f.date(), f.value(), f.evidence(), spans.map(f.start(), f.end()), f.code(), f.printed()))
                        .toList(),
                quoted.stream().map(q -> new Quote(q.speaker(), q.text(), spans.map(q.start(), q.end()))).toList(),
                keywords.extract(terms, bodyStart),
                summarizer.summarize(body),
                topics.classify(headline, body));
    }

    /** The prefectures a page names without ambiguity ({@code 4110} for 许昌市), read once per page. */
    public Set<String> pageCities(String page) {
        return places.pageCities(page);
    }

    /**
     * Name candidates: the tagger's, then the names HanLP's dictionary and name recognizer tag ({@code 古巴/ns},
     * {@code 外交部/nt}, transliterated names {@code 穆巴拉克/nrf}) where the tagger proposes nothing overlapping.
     */
    private List<NameCandidate> candidates(String text, List<Term> terms) {
        List<NameCandidate> out = new ArrayList<>(tagger.tag(text, terms));
        boolean[] tagged = new boolean[text.length()];
        out.forEach(c -> java.util.Arrays.fill(tagged, c.start(), c.end(), true));
        for (Term term : terms) {
            String nature = term.nature == null ? "" : term.nature.toString();
            String type = nature.startsWith("ns") ? "ns" : nature.startsWith("nt") ? "nt"
                    : nature.equals("nrf") ? "nr" : null;
            int start = term.offset;
            int end = start + term.length();
            // HanLP's dictionary holds brand and common words as units (现代, 平安): a unit needs three characters
            if (type != null && term.length() >= (type.equals("nt") ? 3 : 2)
                    && noneTagged(tagged, start, Math.min(end, text.length()))) {
                out.add(new NameCandidate(type, start, end));
            }
        }
        return out;
    }

    private static boolean noneTagged(boolean[] tagged, int start, int end) {
        for (int i = start; i < end; i++) {
            if (tagged[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text outside the body that names entities: the headline block, what the credits name
     * ({@link ArticleLayout#credited}: the agency and the place of {@code 新华社北京5月7日电}, the unit of
     * {@code (组织部)}), and for the first article the masthead's organizer ({@code 中共禹州市委主办} → 中共禹州市委),
     * a unit the page names once for all.
     */
    private static String headline(ArticleLayout article, BulletinLayout bulletin) {
        StringBuilder b = new StringBuilder();
        String organizer = bulletin.masthead() != null && !bulletin.articles().isEmpty()
                && bulletin.articles().get(0) == article ? bulletin.masthead().organizer() : null;
        for (String part : new String[] {organizer, article.kicker(), article.title(), article.subtitle(),
                article.credited()}) {
            if (part != null && !part.isBlank()) {
                if (!b.isEmpty()) {
                    b.append('\n');
                }
                b.append(part);
            }
        }
        return b.toString();
    }

    /** A "person" that is also the name of a unit or place found in the same text is a misreading. */
    private static List<PersonRecognizer.Found> dropUnitAndPlaceNames(List<PersonRecognizer.Found> people,
                                                                      List<OrganizationRecognizer.Mention> units,
                                                                      List<PlaceRecognizer.Mention> placeMentions) {
        Set<String> names = new HashSet<>();
        units.forEach(u -> names.add(u.name()));
        placeMentions.forEach(p -> names.add(p.name()));
        return people.stream().filter(p -> !names.contains(p.name()) && (!p.titles().isEmpty() || names.stream()
                .noneMatch(n -> n.startsWith(p.name()) && n.length() > p.name().length())))
                .toList();
    }

    /**
     * A place inside a person's name is part of the name: the tagger proposes 卢 of {@code 卢希望} as a place, yet
     * the list {@code 李海峰、卢希望等} names a person. Two one-character places read as a name
     * ({@code 印巴}, India and Pakistan) are no person; {@link #withoutPlaceCompounds} drops it first.
     */
    private static List<PlaceRecognizer.Mention> outsideNames(List<PlaceRecognizer.Mention> places,
                                                             List<PersonRecognizer.Found> people) {
        return places.stream().filter(place -> people.stream().flatMap(p -> p.positions().stream())
                .noneMatch(at -> at[0] <= place.start() && place.end() <= at[1])).toList();
    }

    private static List<PersonRecognizer.Found> withoutPlaceCompounds(List<PersonRecognizer.Found> people,
                                                                      List<PlaceRecognizer.Mention> places) {
        return people.stream().filter(p -> p.name().length() != 2 || p.positions().stream().noneMatch(at ->
                places.stream().anyMatch(place -> place.start() == at[0] && place.end() == at[0] + 1)
                        && places.stream().anyMatch(place -> place.start() == at[0] + 1 && place.end() == at[1])))
                .toList();
    }

    /** The place in the paper's name ({@code 禹州通讯} → 禹州市), or null when the page prints no masthead. */
    private String paperCity(BulletinLayout bulletin) {
        if (bulletin.masthead() != null && bulletin.masthead().publication() != null) {
            String stem = PUBLICATION_TYPE.matcher(bulletin.masthead().publication().strip()).replaceFirst("");
            for (String candidate : new String[] {stem + "市", stem + "县", stem}) {
                if (places.gazetteer().lookup(candidate) != null) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The divisions a publisher's name starts with: 四川卫健委 → 四川省, 吉林卫健委 → 吉林省 and 吉林市 (the figure's
     * own 全省 or 全市 tells which); none for national publishers (人民日报, 央视新闻).
     */
    private List<PlaceRecognizer.Mention> regions(BulletinLayout bulletin, SourceHints source) {
        String publication = bulletin.masthead() != null && bulletin.masthead().publication() != null
                ? bulletin.masthead().publication() : source.publication();
        if (publication == null) {
            return List.of();
        }
        String name = publication.strip();
        int prefix = places.gazetteer().longestPrefix(name);
        if (prefix == 0) {
            return List.of();
        }
        return places.gazetteer().lookup(name.substring(0, prefix)).divisions().stream()
                .filter(d -> d.level() != PlaceLevel.TOWN)
                .map(d -> new PlaceRecognizer.Mention(d.name(), d.level(), d.code(), -1, -1)).toList();
    }

    private static LocalDate publishedOn(BulletinLayout bulletin, SourceHints source) {
        if (bulletin.masthead() != null && bulletin.masthead().publishedOn() != null) {
            return bulletin.masthead().publishedOn();
        }
        return source.publishedOn();
    }

    /** The official name of a division (许昌 → 许昌市), null for places without a code. */
    private String canonicalName(String code) {
        return code == null ? null : places.gazetteer().nameOf(code);
    }

    private List<Place> placeList(List<PlaceRecognizer.Mention> mentions, SpanMapper spans) {
        Map<String, List<PlaceRecognizer.Mention>> byName = new LinkedHashMap<>();
        mentions.forEach(m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m));
        List<Place> out = new ArrayList<>();
        byName.forEach((name, ms) -> out.add(new Place(name, ms.get(0).level(), ms.get(0).code(), ms.size(),
                ms.stream().map(m -> spans.map(m.start(), m.end())).filter(s -> s != null).toList(),
                canonicalName(ms.get(0).code()))));
        return out;
    }

    private static List<Organization> organizationList(List<OrganizationRecognizer.Mention> mentions, SpanMapper spans) {
        Map<String, List<OrganizationRecognizer.Mention>> byName = new LinkedHashMap<>();
        mentions.forEach(m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m));
        List<Organization> out = new ArrayList<>();
        byName.forEach((name, ms) -> out.add(new Organization(name, ms.size(),
                ms.stream().map(m -> spans.map(m.start(), m.end())).filter(s -> s != null).toList())));
        return out;
    }

    /** Maps positions of the analyzed text (headline block, newline, body) to spans of the received text. */
    private record SpanMapper(ArticleLayout article, int bodyStart) {

        /** The span of {@code [start, end)}, or null when it lies in the headline block (outside the body). */
        Span map(int start, int end) {
            if (start < bodyStart || article.bodyOffsets() == null) {
                return null;
            }
            return article.bodyOffsets().toSource(start - bodyStart, end - bodyStart);
        }

        List<Span> map(List<int[]> positions) {
            return positions.stream().map(p -> map(p[0], p[1])).filter(s -> s != null).toList();
        }
    }
}

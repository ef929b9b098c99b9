package org.bulletinpipeline.query.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;
import org.bulletinpipeline.contracts.mediatopic.MediaTopics;

/**
 * The search filters, each defined once: its query parameter (with the description and example the API
 * documentation shows), the values it accepts, the {@code article_search} column it is matched against and how,
 * and, for the filters the result counts by, the facet and the column the facet counts. The parameter parsing
 * (SearchCriteriaParser), the SQL (SqlFilter, SearchRepository), the facets and the term statistics that size the
 * first date window (TermFrequencies, ArticleSearch) all read this table.
 *
 * <p>Every column is in the GIN index of {@code article_search}, so each filter narrows a search by itself: a
 * one-character word such as 雨 is searched for beside any of them (see SearchCriteriaParser#narrowed).
 */
public enum SearchFilter {

    /** The place key the value resolved to (see {@link Accepted#PLACE}), and the places as printed for the facet. */
    PLACE("place", "Place name or GB/T 2260 code; a code or a coded name takes in every place under it", "411000",
            Accepted.PLACE, "place_keys", Match.CONTAINS, "places", "place_names"),
    PERSON("person", "Exact person name", "史根治", Accepted.ANY, "person_names", Match.CONTAINS, "persons",
            "person_names"),
    ORGANIZATION("organization", "Exact organization name", "市疫情防控指挥部", Accepted.ANY, "organization_names",
            Match.CONTAINS, "organizations", "organization_names"),
    TOPIC("topic", "Topic code: epidemic_control, discipline_inspection, party_building, economy, safety, "
            + "livelihood or governance", "epidemic_control", Accepted.ANY, "topics", Match.CONTAINS, "topics",
            "topics"),
    /** A second topic the article must have beside {@link #TOPIC}: the one an IPTC Media Topic stands for. */
    MEDIA_TOPIC("mediaTopic", "IPTC Media Topic of a topic, as QCode, eight digits or URI", "medtop:20000449",
            Accepted.resolvedBy(SearchFilter::topicOfMediaTopic), "topics", Match.CONTAINS, null, null),
    KIND("kind", "news, feature, timeline, photo or notice", "news",
            Accepted.oneOf("invalid-kind", "news", "feature", "timeline", "photo", "notice"), "kind", Match.EQUALS,
            "kinds", "kind"),
    FACT_TYPE("factType", "Only articles reporting a fact of this type", "confirmed_cases",
            Accepted.oneOf("invalid-fact-type", "confirmed_cases", "zero_new_streak", "clearance_streak",
                    "testing_round", "people_tested", "medical_staff_deployed", "suspected_cases", "deaths",
                    "recoveries", "close_contacts", "confirmed_total", "suspected_total", "deaths_total",
                    "recoveries_total", "close_contacts_total"),
            "fact_types", Match.CONTAINS, null, null),
    PUBLICATION("publication", "Publication as printed on the masthead", "许昌日报", Accepted.ANY, "publication",
            Match.EQUALS, null, null);

    private final String parameter;
    private final String description;
    private final String example;
    private final Accepted accepted;
    private final String column;
    private final Match match;
    private final String facet;
    private final String facetColumn;

    SearchFilter(String parameter, String description, String example, Accepted accepted, String column, Match match,
                 String facet, String facetColumn) {
        this.parameter = parameter;
        this.description = description;
        this.example = example;
        this.accepted = accepted;
        this.column = column;
        this.match = match;
        this.facet = facet;
        this.facetColumn = facetColumn;
    }

    /** The query parameter, e.g. {@code factType}. */
    public String parameter() {
        return parameter;
    }

    public String description() {
        return description;
    }

    public String example() {
        return example;
    }

    public Accepted accepted() {
        return accepted;
    }

    /** The {@code article_search} column matched, also the column whose statistics estimate its share. */
    public String column() {
        return column;
    }

    /** The condition on {@code s} (an {@code article_search} row) with one placeholder for the value. */
    public String condition() {
        return switch (match) {
            case CONTAINS -> "s." + column + " @> array[cast(? as text)]";
            case EQUALS -> "s." + column + " = ?";
        };
    }

    /** The facet's name in the result ({@code places}), empty for a filter that is not counted. */
    public Optional<String> facet() {
        return Optional.ofNullable(facet);
    }

    /** The {@code article_search} column the facet counts, null for a filter that is not counted. */
    public String facetColumn() {
        return facetColumn;
    }

    /** What the facet counts, as a text[] of the row {@code m}: an array column as it is, a scalar as one element. */
    public String facetValues() {
        return switch (match) {
            case CONTAINS -> "m." + facetColumn;
            case EQUALS -> "array[m." + facetColumn + "::text]";
        };
    }

    /** The filters whose result is counted, in table order. */
    public static List<SearchFilter> faceted() {
        return Arrays.stream(values()).filter(f -> f.facet != null).toList();
    }

    /** How a value is compared: element of an array column, or equal to a scalar one. */
    public enum Match {
        CONTAINS, EQUALS
    }

    /**
     * The topic code of an IPTC Media Topic given as QCode (medtop:20000449), eight digits or URI; one no topic maps
     * to is a 400 naming those that do.
     */
    private static String topicOfMediaTopic(String mediaTopic) {
        MediaTopics mapping = MediaTopics.standard();
        return mapping.topicOf(mediaTopic).orElseThrow(() -> new BadQueryException("unknown-media-topic",
                "mediaTopic " + mediaTopic + " is none of the Media Topics of the topics: " + String.join(", ",
                        mapping.all().stream().map(MediaTopic::qcode).toList()) + "."));
    }

    /**
     * The values a filter accepts: any text; one of a fixed list (else a 400 of {@code problemType}); a value
     * {@code resolution} turns into what the column holds (or refuses with a 400); or a place, which the parser
     * resolves through the place directory to a place key: 'c:411000' takes in everything under that code, 'n:京津冀'
     * is a place known only by name. Resolutions run after every other parameter is checked.
     */
    public record Accepted(Kind kind, String problemType, List<String> allowed, UnaryOperator<String> resolution) {

        public static final Accepted ANY = new Accepted(Kind.ANY, null, List.of(), UnaryOperator.identity());
        public static final Accepted PLACE = new Accepted(Kind.PLACE, null, List.of(), UnaryOperator.identity());

        public enum Kind {
            ANY, ONE_OF, RESOLVED, PLACE
        }

        static Accepted oneOf(String problemType, String... allowed) {
            return new Accepted(Kind.ONE_OF, problemType, List.of(allowed), UnaryOperator.identity());
        }

        static Accepted resolvedBy(UnaryOperator<String> resolution) {
            return new Accepted(Kind.RESOLVED, null, List.of(), resolution);
        }
    }
}

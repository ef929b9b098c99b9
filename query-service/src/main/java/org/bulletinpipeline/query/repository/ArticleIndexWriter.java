package org.bulletinpipeline.query.repository;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.event.ArticleEvent;
import org.bulletinpipeline.query.place.AdminCode;
import org.bulletinpipeline.query.search.SearchText;

/**
 * Writes what the search and the entity views read for one article: the entity columns of its row, its search row
 * ({@code article_search}: what the search filters, sorts and counts on, its bigrams and normalized text) and its
 * rows in the entity, fact, quote, keyword and topic tables. Children are replaced wholesale, so a replay writes the
 * same rows and a newer run leaves none of the older run's entities behind.
 */
@ApplicationScoped
public class ArticleIndexWriter {

    public void write(Connection c, ArticleEvent e) throws SQLException {
        List<String> placeKeys = placeKeys(e.places());
        List<String> persons = e.persons().stream().map(ArticleEvent.Person::name).toList();
        List<String> organizations = e.organizations().stream().map(ArticleEvent.Organization::name).toList();
        List<String> places = e.places().stream().map(ArticleEvent.Place::name).toList();
        List<String> factTypes = e.facts().stream().map(ArticleEvent.Fact::type).distinct().toList();
        LocalDate sortDate = sortDate(e);
        try (PreparedStatement ps = c.prepareStatement("""
                update article set body = ?, summary = ?, sort_date = ?, person_names = ?, organization_names = ?,
                    place_names = ?, place_keys = ?, topics = ?, keywords = ?, fact_types = ?
                where id = ?""")) {
            ps.setString(1, e.body());
            ps.setString(2, e.summary());
            ps.setDate(3, Date.valueOf(sortDate));
            ps.setArray(4, array(c, persons));
            ps.setArray(5, array(c, organizations));
            ps.setArray(6, array(c, places));
            ps.setArray(7, array(c, placeKeys));
            ps.setArray(8, array(c, e.topics()));
            ps.setArray(9, array(c, e.keywords()));
            ps.setArray(10, array(c, factTypes));
            ps.setString(11, e.articleId());
            ps.executeUpdate();
        }
        String searchText = SearchText.normalize(e.kicker(), e.title(), e.subtitle(), e.body());
        try (PreparedStatement ps = c.prepareStatement("""
                insert into article_search (id, sort_date, kind, publication, title, person_names, organization_names,
                                            place_names, place_keys, topics, fact_types, bigrams, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set
                    sort_date = excluded.sort_date, kind = excluded.kind, publication = excluded.publication,
                    title = excluded.title, person_names = excluded.person_names,
                    organization_names = excluded.organization_names, place_names = excluded.place_names,
                    place_keys = excluded.place_keys, topics = excluded.topics, fact_types = excluded.fact_types,
                    bigrams = excluded.bigrams, search_text = excluded.search_text""")) {
            ps.setString(1, e.articleId());
            ps.setDate(2, Date.valueOf(sortDate));
            ps.setString(3, e.kind());
            ps.setString(4, e.publication());
            ps.setString(5, e.title());
            ps.setArray(6, array(c, persons));
            ps.setArray(7, array(c, organizations));
            ps.setArray(8, array(c, places));
            ps.setArray(9, array(c, placeKeys));
            ps.setArray(10, array(c, e.topics()));
            ps.setArray(11, array(c, factTypes));
            ps.setArray(12, array(c, SearchText.bigrams(searchText)));
            ps.setString(13, searchText);
            ps.executeUpdate();
        }
        for (String table : List.of("article_person", "article_place", "article_organization", "fact", "quote",
                "article_keyword", "article_topic")) {
            try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where article_id = ?")) {
                ps.setString(1, e.articleId());
                ps.executeUpdate();
            }
        }
        rememberPlaces(c, e.places());
        insertPersons(c, e);
        insertPlaces(c, e);
        insertOrganizations(c, e);
        insertFacts(c, e);
        insertQuotes(c, e);
        insertStrings(c, "insert into article_keyword (article_id, keyword) values (?, ?)", e.articleId(),
                e.keywords());
        insertStrings(c, "insert into article_topic (article_id, topic) values (?, ?)", e.articleId(), e.topics());
    }

    /** The dateline, else the publication date, else the day the pipeline processed it (UTC). */
    public static LocalDate sortDate(ArticleEvent e) {
        if (e.dateline() != null) {
            return e.dateline();
        }
        return e.publishedOn() != null ? e.publishedOn() : e.processedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** 'n:禹州市' for each name, 'c:411081', 'c:411000', 'c:410000' for each code and its parents. */
    public static List<String> placeKeys(List<ArticleEvent.Place> places) {
        Set<String> keys = new LinkedHashSet<>();
        for (ArticleEvent.Place p : places) {
            keys.add("n:" + p.name());
            AdminCode.parse(p.code()).ifPresent(code -> code.selfAndAncestors().forEach(k -> keys.add("c:" + k)));
        }
        return List.copyOf(keys);
    }

    /**
     * Divisions keep their official name (seeded by V7, or the event's {@code canonicalName}); the name an article
     * printed (许昌) becomes an alias of the code, so a filter by any of them finds the same articles.
     */
    private static void rememberPlaces(Connection c, List<ArticleEvent.Place> places) throws SQLException {
        List<ArticleEvent.Place> coded = places.stream().filter(p -> p.code() != null)
                .sorted(Comparator.comparing(ArticleEvent.Place::code)).toList();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into place (code, name, level, parent_code) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, level = excluded.level, updated_at = now()
                where ? and (place.name, place.level) is distinct from (excluded.name, excluded.level)""");
             PreparedStatement alias = c.prepareStatement("""
                insert into place_alias (alias, code) values (?, ?), (?, ?) on conflict do nothing""")) {
            for (ArticleEvent.Place p : coded) {
                AdminCode code = new AdminCode(p.code());
                ps.setString(1, p.code());
                ps.setString(2, p.canonicalName() != null ? p.canonicalName() : p.name());
                ps.setString(3, p.level() != null ? p.level() : code.level());
                ps.setString(4, code.parent().orElse(null));
                // only an official name replaces the stored one; a printed short form becomes an alias
                ps.setBoolean(5, p.canonicalName() != null);
                ps.addBatch();
                alias.setString(1, p.name());
                alias.setString(2, p.code());
                alias.setString(3, p.canonicalName() != null ? p.canonicalName() : p.name());
                alias.setString(4, p.code());
                alias.addBatch();
            }
            ps.executeBatch();
            alias.executeBatch();
        }
    }

    private static void insertPersons(Connection c, ArticleEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into article_person (article_id, name, titles, mentions, spans)
                values (?, ?, ?, ?, cast(? as jsonb))""")) {
            for (ArticleEvent.Person p : e.persons()) {
                ps.setString(1, e.articleId());
                ps.setString(2, p.name());
                ps.setArray(3, array(c, p.titles()));
                ps.setInt(4, p.mentions());
                ps.setString(5, p.spans());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertPlaces(Connection c, ArticleEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into article_place (article_id, name, level, code, province_code, city_code, county_code,
                                           mentions, spans, canonical_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb),
                        coalesce(?, (select name from place where code = ?)))""")) {
            for (ArticleEvent.Place p : e.places()) {
                Optional<AdminCode> code = AdminCode.parse(p.code());
                ps.setString(1, e.articleId());
                ps.setString(2, p.name());
                ps.setString(3, p.level());
                ps.setString(4, p.code());
                ps.setString(5, code.map(AdminCode::province).orElse(null));
                ps.setString(6, code.flatMap(AdminCode::city).orElse(null));
                ps.setString(7, code.flatMap(AdminCode::county).orElse(null));
                ps.setInt(8, p.mentions());
                ps.setString(9, p.spans());
                ps.setString(10, p.canonicalName());
                ps.setString(11, p.code());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertOrganizations(Connection c, ArticleEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into article_organization (article_id, name, mentions, spans)
                values (?, ?, ?, cast(? as jsonb))""")) {
            for (ArticleEvent.Organization o : e.organizations()) {
                ps.setString(1, e.articleId());
                ps.setString(2, o.name());
                ps.setInt(3, o.mentions());
                ps.setString(4, o.spans());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertFacts(Connection c, ArticleEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into fact (article_id, ordinal, type, place_name, place_code, province_code, city_code,
                                  county_code, fact_date, value, evidence, span)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")) {
            int ordinal = 0;
            for (ArticleEvent.Fact f : e.facts()) {
                Optional<AdminCode> code = (f.placeCode() != null ? Optional.of(f.placeCode()) : placeCode(c, e, f.place()))
                        .flatMap(AdminCode::parse);
                ps.setString(1, e.articleId());
                ps.setInt(2, ordinal++);
                ps.setString(3, f.type());
                ps.setString(4, f.place());
                ps.setString(5, code.map(AdminCode::code).orElse(null));
                ps.setString(6, code.map(AdminCode::province).orElse(null));
                ps.setString(7, code.flatMap(AdminCode::city).orElse(null));
                ps.setString(8, code.flatMap(AdminCode::county).orElse(null));
                ps.setObject(9, f.date() != null ? f.date() : sortDate(e), Types.DATE);
                ps.setDouble(10, f.value());
                ps.setString(11, f.evidence());
                ps.setString(12, f.span());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * A v1 fact names its place as printed (许昌); the article's own places give the code (许昌市 411000), else the
     * division known under that name (v2 facts carry their code).
     */
    private static Optional<String> placeCode(Connection c, ArticleEvent e, String name) throws SQLException {
        if (name == null) {
            return Optional.empty();
        }
        Optional<String> local = e.places().stream().filter(p -> p.code() != null)
                .filter(p -> p.name().equals(name) || p.name().startsWith(name)).map(ArticleEvent.Place::code)
                .findFirst();
        if (local.isPresent()) {
            return local;
        }
        return PlaceDirectory.resolve(c, name);
    }

    private static void insertQuotes(Connection c, ArticleEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into quote (article_id, ordinal, speaker, text, span) values (?, ?, ?, ?, cast(? as jsonb))""")) {
            int ordinal = 0;
            for (ArticleEvent.Quote q : e.quotes()) {
                ps.setString(1, e.articleId());
                ps.setInt(2, ordinal++);
                ps.setString(3, q.speaker());
                ps.setString(4, q.text());
                ps.setString(5, q.span());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertStrings(Connection c, String sql, String articleId, List<String> values)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String value : values) {
                ps.setString(1, articleId);
                ps.setString(2, value);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static java.sql.Array array(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", new ArrayList<>(values).toArray());
    }
}

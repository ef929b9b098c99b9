package org.bulletinpipeline.query.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.view.EntityViews.ArticleRef;
import org.bulletinpipeline.query.view.EntityViews.NamedCount;
import org.bulletinpipeline.query.view.EntityViews.OrganizationSummary;
import org.bulletinpipeline.query.view.EntityViews.PersonSummary;
import org.bulletinpipeline.query.view.EntityViews.PlaceChild;
import org.bulletinpipeline.query.view.EntityViews.PlaceSummary;
import org.bulletinpipeline.query.view.EntityViews.TitleSpan;

/**
 * Entity queries over the per-article mention tables; "articles about a place" go through the article's place keys
 * so that a city takes in its counties and towns.
 */
@ApplicationScoped
public class EntityRepository {

    private final Jdbc jdbc;

    public EntityRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonSummary> persons(String q, int limit) {
        return jdbc.list("""
                select g.name, count(*) as articles, sum(g.mentions) as mentions,
                       (select coalesce(array_agg(distinct t), '{}') from article_person x, unnest(x.titles) t
                        where x.name = g.name) as titles
                from article_person g where strpos(g.name, ?) > 0
                group by g.name order by articles desc, g.name limit ?""",
                rs -> new PersonSummary(rs.getString("name"), Jdbc.strings(rs, "titles"), rs.getLong("articles"),
                        rs.getLong("mentions")), q, limit);
    }

    public Optional<long[]> personCounts(String name) {
        return counts("select count(*), coalesce(sum(mentions), 0) from article_person where name = ?", name);
    }

    public List<TitleSpan> titles(String name) {
        return jdbc.list("""
                select t, min(a.sort_date) as first_seen, max(a.sort_date) as last_seen, count(*) as articles
                from article_person p join article a on a.id = p.article_id, unnest(p.titles) t
                where p.name = ? group by t order by first_seen, t""",
                rs -> new TitleSpan(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getLong(4)), name);
    }

    public List<OrganizationSummary> organizations(String q, int limit) {
        return jdbc.list("""
                select name, count(*) as articles, sum(mentions) as mentions from article_organization
                where strpos(name, ?) > 0 group by name order by articles desc, name limit ?""",
                rs -> new OrganizationSummary(rs.getString(1), rs.getLong(2), rs.getLong(3)), q, limit);
    }

    public Optional<long[]> organizationCounts(String name) {
        return counts("select count(*), coalesce(sum(mentions), 0) from article_organization where name = ?", name);
    }

    public List<PlaceSummary> places(String q, int limit) {
        return jdbc.list("""
                select name, min(code) as code, min(level) as level, count(*) as articles, sum(mentions) as mentions
                from article_place where strpos(name, ?) > 0 or code = ?
                group by name order by articles desc, name limit ?""",
                rs -> new PlaceSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)), q, q, limit);
    }

    /** Articles naming the place itself: by code when it has one, else by name. */
    public long directArticles(String code, String name) {
        return code != null
                ? counts("select count(*), 0 from article_place where code = ?", code).orElseThrow()[0]
                : counts("select count(*), 0 from article_place where name = ?", name).orElseThrow()[0];
    }

    /** Articles whose place keys hold this key: 'c:411000' counts 禹州市's articles too. */
    public long articlesUnder(String placeKey) {
        return counts("select count(*), 0 from article where place_keys @> array[cast(? as text)]", placeKey)
                .orElseThrow()[0];
    }

    /**
     * The divisions one level below {@code code} that articles mention (themselves or through a place under them),
     * e.g. for 411000 the counties 411081 and 411002, each with its rollup count.
     */
    public List<PlaceChild> children(String code, String level) {
        String childColumn;
        String parentColumn;
        switch (level) {
            case "province" -> {
                childColumn = "city_code";
                parentColumn = "province_code";
            }
            case "city" -> {
                childColumn = "county_code";
                parentColumn = "city_code";
            }
            case "county" -> {
                childColumn = "left(code, 9)";
                parentColumn = "county_code";
            }
            default -> {
                childColumn = "code";
                parentColumn = "left(code, 9)";
            }
        }
        return jdbc.list("select c.child, p.name, p.level, c.articles from (select " + childColumn
                        + " as child, count(distinct article_id) as articles from article_place where "
                        + parentColumn + " = ? and " + childColumn + " is not null and " + childColumn + " <> ? "
                        + "group by 1) c left join place p on p.code = c.child "
                        + "order by c.articles desc, c.child",
                rs -> new PlaceChild(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), code, code);
    }

    public List<ArticleRef> articlesWithPerson(String name, int limit) {
        return articles("a.person_names @> array[cast(? as text)]", name, limit);
    }

    public List<ArticleRef> articlesWithOrganization(String name, int limit) {
        return articles("a.organization_names @> array[cast(? as text)]", name, limit);
    }

    public List<ArticleRef> articlesUnder(String placeKey, int limit) {
        return articles("a.place_keys @> array[cast(? as text)]", placeKey, limit);
    }

    private List<ArticleRef> articles(String where, String value, int limit) {
        return jdbc.list("select a.id, a.bulletin_id, a.kind, a.title, a.sort_date, a.publication from article a "
                        + "where " + where + " order by a.sort_date desc, a.id desc limit ?",
                rs -> new ArticleRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6)), value, limit);
    }

    /**
     * Names in {@code column} (person_names, organization_names, place_names) over the articles matching
     * {@code where}, by how many of those articles name them; {@code exclude} leaves out the entity itself.
     */
    public List<NamedCount> cooccurring(String column, String where, String value, String exclude, int limit) {
        String code = "place_names".equals(column)
                ? "(select min(p.code) from place p where p.name = x)" : "null";
        return jdbc.list("select x, " + code + ", count(*) from article a, unnest(a." + column + ") x where "
                        + where + " and x <> ? group by x order by 3 desc, x limit ?",
                rs -> new NamedCount(rs.getString(1), rs.getString(2), rs.getLong(3)), value, exclude, limit);
    }

    private Optional<long[]> counts(String sql, String value) {
        return jdbc.first(sql, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, value);
    }
}

package org.bulletinpipeline.query.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bulletinpipeline.query.event.ArticleEvent;
import org.bulletinpipeline.query.repository.ArticleIndexWriter;
import org.bulletinpipeline.query.search.SearchText;
import org.bulletinpipeline.testsupport.Samples;

/**
 * 100,000 articles recombined from the real sample bulletins: each takes a headline line and three to eight
 * paragraphs from the samples, a date in 2020–2022, one to three places from a table of real divisions (许昌市's
 * counties, other Henan cities, other provinces), officials from a pool of names with titles, organizations,
 * topics and a fact type now and then. Rows go in with batched inserts filling the same columns and search row the
 * store writes; the search rows are then laid out in date order, as an archive that grew day by day has them.
 */
final class BenchCorpus {

    static final String[][] PLACES = {
            {"禹州市", "county", "411081"}, {"长葛市", "county", "411082"}, {"魏都区", "county", "411002"},
            {"建安区", "county", "411003"}, {"鄢陵县", "county", "411024"}, {"襄城县", "county", "411025"},
            {"许昌市", "city", "411000"}, {"郑州市", "city", "410100"}, {"中原区", "county", "410102"},
            {"金水区", "county", "410105"}, {"洛阳市", "city", "410300"}, {"开封市", "city", "410200"},
            {"平顶山市", "city", "410400"}, {"漯河市", "city", "411100"}, {"周口市", "city", "411600"},
            {"河南省", "province", "410000"}, {"武汉市", "city", "420100"}, {"湖北省", "province", "420000"},
            {"上海市", "province", "310000"}, {"北京市", "province", "110000"}, {"颍川街道", "town", "411081001"},
            {"京津冀", "other", null}, {"长三角", "other", null}};
    static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
    static final String[] GIVEN = "志宏海峰伟山涛正兰婷旭东自合庆一希望根治保新利辉迎江锋冠兵得宇建国文明红军秀英丽华玉兰桂芳明亮晓东".split("");
    static final String[] TITLES = {"市委书记", "市长", "副市长", "市委常委", "县委书记", "县长", "区长", "主任",
            "局长", "记者"};
    static final String[] ORGANIZATIONS = {"市疫情防控指挥部", "市委", "市政府", "市人大常委会", "市政协", "市卫健委",
            "市疾控中心", "市公安局", "市教育局", "市商务局", "省委", "省政府", "市场监管局", "交通运输局", "人民医院"};
    static final String[] TOPICS = {"疫情防控", "经济发展", "民生", "党建", "复工复产", "城市建设", "教育", "交通"};
    static final String[] KINDS = {"news", "news", "news", "news", "feature", "timeline", "photo", "notice"};
    static final String[] PUBLICATIONS = {"许昌日报", "许昌晨报", "河南日报", "禹州通讯", "郑州日报"};
    static final String[] FACT_TYPES = {"confirmed_cases", "zero_new_streak", "testing_round", "people_tested"};

    private final Random random = new Random(2022);
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> headlines = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();

    BenchCorpus() {
        for (String name : Samples.NAMES) {
            Samples.text(name).lines().map(String::strip).forEach(line -> {
                if (line.length() >= 40) {
                    paragraphs.add(line);
                } else if (line.length() >= 8) {
                    headlines.add(line);
                }
            });
        }
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 400) {
            names.add(pick(SURNAMES) + pick(GIVEN) + (random.nextBoolean() ? pick(GIVEN) : ""));
        }
        persons.addAll(names);
    }

    List<String> paragraphs() {
        return paragraphs;
    }

    List<String> persons() {
        return persons;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Inserts {@code count} articles (in bulletins of 8) unless the table holds that many already. */
    void load(Connection c, int count) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("insert into place (code, name, level, parent_code) values "
                    + "('411000', '许昌市', 'city', '410000'), ('411081', '禹州市', 'county', '411000'), "
                    + "('410100', '郑州市', 'city', '410000') on conflict do nothing");
        }
        try (PreparedStatement bulletin = c.prepareStatement("""
                insert into bulletin (id, status, article_count, pipeline_version, processed_at, text)
                values (?, 'processed', 8, 'bench', now(), ?)""");
             PreparedStatement article = c.prepareStatement("""
                insert into article (id, bulletin_id, ordinal, kind, kicker, title, subtitle, dateline, publication,
                    published_on, pipeline_version, processed_at, stored_at, payload, body, summary, sort_date,
                    person_names, organization_names, place_names, place_keys, topics, keywords, fact_types)
                values (?, ?, ?, ?, null, ?, null, ?, ?, ?, 'bench', now(), now() - make_interval(secs => ?),
                    '{}'::jsonb, ?, null, ?, ?, ?, ?, ?, ?, '{}', ?)""");
             PreparedStatement search = c.prepareStatement("""
                insert into article_search (id, sort_date, kind, publication, title, person_names,
                    organization_names, place_names, place_keys, topics, fact_types, bigrams, search_text)
                select id, sort_date, kind, publication, title, person_names, organization_names, place_names,
                    place_keys, topics, fact_types, ?, ?
                from article where id = ?""")) {
            for (int i = 0; i < count; i++) {
                String bulletinId = "bench" + (i / 8);
                if (i % 8 == 0) {
                    bulletin.setString(1, bulletinId);
                    bulletin.setString(2, "");
                    bulletin.addBatch();
                    bulletin.executeBatch();
                }
                LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3 * 365));
                String title = headlines.get(random.nextInt(headlines.size()));
                StringBuilder body = new StringBuilder();
                int n = 3 + random.nextInt(6);
                for (int p = 0; p < n; p++) {
                    body.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
                }
                List<ArticleEvent.Place> places = new ArrayList<>();
                Set<String> placeNames = new LinkedHashSet<>();
                for (int p = 0; p < 1 + random.nextInt(3); p++) {
                    String[] place = PLACES[random.nextInt(PLACES.length)];
                    if (placeNames.add(place[0])) {
                        places.add(new ArticleEvent.Place(place[0], place[1], place[2], 1, null, null));
                    }
                }
                Set<String> people = new LinkedHashSet<>();
                for (int p = 0; p < 1 + random.nextInt(4); p++) {
                    // a few officials appear often, most rarely: a skewed pick as in real papers
                    people.add(persons.get((int) (persons.size() * Math.pow(random.nextDouble(), 3))));
                }
                Set<String> orgs = new LinkedHashSet<>();
                for (int p = 0; p < random.nextInt(3); p++) {
                    orgs.add(pick(ORGANIZATIONS));
                }
                Set<String> topics = new LinkedHashSet<>();
                for (int p = 0; p < 1 + random.nextInt(2); p++) {
                    topics.add(pick(TOPICS));
                }
                List<String> facts = random.nextInt(5) == 0 ? List.of(pick(FACT_TYPES)) : List.of();
                String searchText = SearchText.normalize(null, title, null, body.toString());
                String id = bulletinId + "-" + (i % 8);
                int k = 1;
                article.setString(k++, id);
                article.setString(k++, bulletinId);
                article.setInt(k++, i % 8);
                article.setString(k++, pick(KINDS));
                article.setString(k++, title);
                article.setDate(k++, Date.valueOf(date));
                article.setString(k++, pick(PUBLICATIONS));
                article.setDate(k++, Date.valueOf(date.plusDays(1)));
                article.setInt(k++, count - i);
                article.setString(k++, body.toString());
                article.setDate(k++, Date.valueOf(date));
                article.setArray(k++, c.createArrayOf("text", people.toArray()));
                article.setArray(k++, c.createArrayOf("text", orgs.toArray()));
                article.setArray(k++, c.createArrayOf("text", placeNames.toArray()));
                article.setArray(k++, c.createArrayOf("text", ArticleIndexWriter.placeKeys(places).toArray()));
                article.setArray(k++, c.createArrayOf("text", topics.toArray()));
                article.setArray(k++, c.createArrayOf("text", facts.toArray()));
                article.addBatch();
                // the search row the store writes beside it: the same columns, the bigrams and the normalized text
                search.setArray(1, c.createArrayOf("text", SearchText.bigrams(searchText).toArray()));
                search.setString(2, searchText);
                search.setString(3, id);
                search.addBatch();
                if (i % 500 == 499 || i == count - 1) {
                    article.executeBatch();
                    search.executeBatch();
                    c.commit();
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // the search rows in date order, as the migration writes them and as articles arriving day by day lie
            s.execute("create index article_search_date on article_search (sort_date, id)");
            s.execute("cluster article_search using article_search_date");
            s.execute("drop index article_search_date");
            // gives the planner (and the search's estimates) statistics
            s.execute("vacuum analyze article, article_search");
        }
    }
}

package org.bulletinpipeline.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SqlFilterTest {

    private static SearchCriteria criteria(List<String> words, Map<SearchFilter, String> filters) {
        return new SearchCriteria(words, LocalDate.of(2022, 5, 1), null, filters, SearchSort.DATE, 20, null, true);
    }

    @Test
    void eachGivenFilterIsOneConditionOnItsColumnInTableOrderAfterTheDates() {
        SqlFilter f = SqlFilter.of(criteria(List.of(), Map.of(SearchFilter.PUBLICATION, "许昌日报",
                SearchFilter.PLACE, "c:411000", SearchFilter.KIND, "news", SearchFilter.FACT_TYPE, "deaths")));
        assertEquals("s.sort_date >= ? and s.place_keys @> array[cast(? as text)] and s.kind = ? "
                + "and s.fact_types @> array[cast(? as text)] and s.publication = ?", f.where());
        assertEquals(List.of(LocalDate.of(2022, 5, 1), "c:411000", "news", "deaths", "许昌日报"), f.values());
    }

    @Test
    void everyFilterIsOneConditionWithOnePlaceholder() {
        for (SearchFilter filter : SearchFilter.values()) {
            SqlFilter f = SqlFilter.of(criteria(List.of(), Map.of(filter, "x")));
            assertEquals("s.sort_date >= ? and " + filter.condition(), f.where());
            assertEquals(1, filter.condition().chars().filter(c -> c == '?').count(), filter::name);
            assertEquals(List.of(LocalDate.of(2022, 5, 1), "x"), f.values());
        }
    }

    @Test
    void aMediaTopicIsASecondTopicTheArticleMustHave() {
        SqlFilter f = SqlFilter.of(criteria(List.of(), Map.of(SearchFilter.TOPIC, "economy",
                SearchFilter.MEDIA_TOPIC, "epidemic_control")));
        assertEquals("s.sort_date >= ? and s.topics @> array[cast(? as text)] and s.topics @> array[cast(? as text)]",
                f.where());
        assertEquals(List.of(LocalDate.of(2022, 5, 1), "economy", "epidemic_control"), f.values());
    }

    @Test
    void wordsComeBeforeTheFiltersAndTheirRechecksLast() {
        SqlFilter f = SqlFilter.of(criteria(List.of("核酸检测", "雨"), Map.of(SearchFilter.PERSON, "史根治")));
        assertEquals("s.bigrams @> ? and s.sort_date >= ? and s.person_names @> array[cast(? as text)] "
                + "and strpos(s.search_text, ?) > 0 and strpos(s.search_text, ?) > 0", f.where());
        assertEquals("strpos(s.search_text, ?) > 0 and strpos(s.search_text, ?) > 0", f.rechecks());
        assertEquals(List.of("核酸检测", "雨"), f.recheckValues());
    }

    @Test
    void theFacetsCountTheirColumnsAsTextArrays() {
        assertEquals(List.of("places", "persons", "organizations", "topics", "kinds"),
                SearchFilter.faceted().stream().map(f -> f.facet().orElseThrow()).toList());
        assertEquals("m.place_names", SearchFilter.PLACE.facetValues());
        assertEquals("array[m.kind::text]", SearchFilter.KIND.facetValues());
    }
}

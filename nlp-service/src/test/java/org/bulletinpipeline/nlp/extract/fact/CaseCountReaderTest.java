package org.bulletinpipeline.nlp.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.model.ArticleKind;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.BulletinLayout;
import org.bulletinpipeline.nlp.extract.model.Fact;
import org.bulletinpipeline.nlp.extract.model.FactType;
import org.bulletinpipeline.nlp.extract.model.OffsetMap;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Case counts of health-commission bulletins, read through the entity layer (the reader needs its places). The
 * figures are invented; the sentence shapes are those of 2020 provincial bulletins.
 */
class CaseCountReaderTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 2, 5);

    private static List<Fact> facts(String body, String publication) {
        ArticleLayout article = new ArticleLayout(ArticleKind.NEWS, null, null, null, List.of(), null, null, body, null,
                new Span(0, body.length()), OffsetMap.contiguous(0, body.length()));
        return EXTRACTOR.extract(article, new BulletinLayout(null, 2020, List.of(article)),
                new SourceHints(publication, PUBLISHED)).facts();
    }

    private static List<Fact> facts(String body) {
        return facts(body, null);
    }

    private static List<Fact> ofType(List<Fact> facts, FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }

    private static Fact only(List<Fact> facts, FactType type, String place) {
        List<Fact> found = facts.stream().filter(f -> f.type() == type && place.equals(f.place())).toList();
        assertEquals(1, found.size(), facts.toString());
        return found.get(0);
    }

    @Test
    void aStatementGivesTheProvinceTheDayAndTheValue() {
        Fact f = only(facts("2020年2月3日0-24时，江西省报告新型冠状病毒肺炎新增确诊病例7例。"),
                FactType.CONFIRMED_CASES, "江西省");
        assertEquals(7.0, f.value());
        assertEquals(LocalDate.of(2020, 2, 3), f.date());
        assertEquals("360000", f.placeCode());
        assertEquals("江西省", f.placeText());
    }

    @Test
    void aListAfterTheStatementGivesEachCity() {
        List<Fact> facts = facts("2月3日0-24时，江西省报告新增确诊病例7例。其中南昌市3例、九江市2例、赣州2例。");
        assertEquals(3.0, only(facts, FactType.CONFIRMED_CASES, "南昌市").value());
        assertEquals(2.0, only(facts, FactType.CONFIRMED_CASES, "九江市").value());
        Fact shortForm = only(facts, FactType.CONFIRMED_CASES, "赣州市");
        assertEquals("赣州", shortForm.placeText());
        assertEquals("360700", shortForm.placeCode());
        assertEquals(4, ofType(facts, FactType.CONFIRMED_CASES).size());
    }

    @Test
    void placesJoinedBeforeEachShareTheNumber() {
        List<Fact> facts = facts("2月3日0-24时，江西省新增确诊病例2例，其中萍乡、新余各有1例。");
        assertEquals(1.0, only(facts, FactType.CONFIRMED_CASES, "萍乡市").value());
        assertEquals(1.0, only(facts, FactType.CONFIRMED_CASES, "新余市").value());
    }

    @Test
    void aHeadingDecidesWhatTheListCounts() {
        List<Fact> facts = facts("2月3日0-24时，湖南省报告新增确诊病例5例，新增重症病例1例。新增确诊病例中，长沙市3例、"
                + "岳阳市2例；新增重症病例中，益阳市1例。");
        assertEquals(3.0, only(facts, FactType.CONFIRMED_CASES, "长沙市").value());
        assertTrue(facts.stream().noneMatch(f -> "益阳市".equals(f.place())), facts.toString());
    }

    @Test
    void aCountyBreakdownInsideACityItemIsNotCountedTwice() {
        List<Fact> facts = facts("2月3日0-24时，山西省报告新增确诊病例4例。其中：晋中市3例（平遥县3例），大同市1例。");
        assertEquals(3.0, only(facts, FactType.CONFIRMED_CASES, "晋中市").value());
        assertTrue(facts.stream().noneMatch(f -> "平遥县".equals(f.place())), facts.toString());
    }

    @Test
    void citiesInParenthesesAfterAProvinceStatementAreItsBreakdown() {
        List<Fact> facts = facts("2月3日0-24时，云南省报告新增确诊病例2例（曲靖市1例、楚雄州1例）。");
        assertEquals(1.0, only(facts, FactType.CONFIRMED_CASES, "楚雄彝族自治州").value());
    }

    @Test
    void aPartGivenInParenthesesIsNoFigureOfItsOwn() {
        List<Fact> facts = facts("2月3日0时-24时，湖北省新增新冠肺炎病例500例（含临床诊断病例300例）。");
        assertEquals(List.of(500.0), ofType(facts, FactType.CONFIRMED_CASES).stream().map(Fact::value).toList());
    }

    @Test
    void upToTheEndOfADayGivesRunningTotals() {
        List<Fact> facts = facts("截至2月4日24时，江西省累计报告确诊病例391例，累计治愈出院19例。截至2月5日0时，"
                + "河南省累计报告确诊病例675例。");
        Fact confirmed = only(facts, FactType.CONFIRMED_TOTAL, "江西省");
        assertEquals(391.0, confirmed.value());
        assertEquals(LocalDate.of(2020, 2, 4), confirmed.date());
        assertEquals(19.0, only(facts, FactType.RECOVERIES_TOTAL, "江西省").value());
        assertEquals(LocalDate.of(2020, 2, 4), only(facts, FactType.CONFIRMED_TOTAL, "河南省").date());
        assertTrue(ofType(facts, FactType.CONFIRMED_CASES).isEmpty(), facts.toString());
    }

    @Test
    void suspectedDeathsRecoveriesAndContactsOfTheDay() {
        List<Fact> facts = facts("2月3日0-24时，福建省报告新增确诊病例6例，新增疑似病例12例，新增治愈出院病例3例，"
                + "新增死亡病例1例。目前累计追踪到密切接触者2000人。");
        assertEquals(12.0, only(facts, FactType.SUSPECTED_CASES, "福建省").value());
        assertEquals(3.0, only(facts, FactType.RECOVERIES, "福建省").value());
        assertEquals(1.0, only(facts, FactType.DEATHS, "福建省").value());
        assertEquals(2000.0, only(facts, FactType.CLOSE_CONTACTS_TOTAL, "福建省").value());
    }

    @Test
    void noneNewIsZeroOfThatMeasureOnly() {
        List<Fact> facts = facts("2月3日0-24时，河北省新增确诊病例4例，新增治愈出院病例2例，无新增死亡病例，无新增疑似病例。");
        assertEquals(0.0, only(facts, FactType.DEATHS, "河北省").value());
        assertEquals(0.0, only(facts, FactType.SUSPECTED_CASES, "河北省").value());
        assertEquals(List.of(4.0), ofType(facts, FactType.CONFIRMED_CASES).stream().map(Fact::value).toList());
    }

    @Test
    void theWholeProvinceIsThePublishersProvince() {
        Fact f = only(facts("2月3日0-24时，全区新增确诊病例2例。", "宁夏卫健委"), FactType.CONFIRMED_CASES,
                "宁夏回族自治区");
        assertEquals("640000", f.placeCode());
        assertNull(f.placeText());
        // a publisher name shared by a province and a city: 全省 says which
        assertEquals("220000", only(facts("2月3日0-24时，全省新增确诊病例1例。", "吉林卫健委"),
                FactType.CONFIRMED_CASES, "吉林省").placeCode());
    }

    @Test
    void shortProvinceNamesResolve() {
        assertEquals("150000", only(facts("2月3日0-24时，内蒙古新增确诊病例3例。"), FactType.CONFIRMED_CASES,
                "内蒙古自治区").placeCode());
        assertEquals("450000", only(facts("2月3日0-24时，广西新增确诊病例3例。"), FactType.CONFIRMED_CASES,
                "广西壮族自治区").placeCode());
    }

    @Test
    void aBareDayTakesThePublicationMonthAndAPeriodOverMidnightItsEnd() {
        assertEquals(LocalDate.of(2020, 1, 29), only(facts("29日0时至24时，山西省报告新增确诊病例3例。"),
                FactType.CONFIRMED_CASES, "山西省").date());
        assertEquals(LocalDate.of(2020, 1, 30), only(facts("2020年1月29日10时至30日10时，内蒙古自治区报告新增确诊病例2例。"),
                FactType.CONFIRMED_CASES, "内蒙古自治区").date());
    }

    @Test
    void aHeadlineRepeatingTheFiguresIsNotReadWithoutItsDay() {
        List<Fact> facts = facts("江西新增7例，累计98例\n2月3日0-24时，江西省报告新增确诊病例7例。");
        assertEquals(1, ofType(facts, FactType.CONFIRMED_CASES).size(), facts.toString());
    }

    @Test
    void nationalFiguresBelongToTheNation() {
        Fact f = only(facts("2月3日0-24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例500例。"),
                FactType.CONFIRMED_CASES, "全国");
        assertNull(f.placeCode());
    }

    @Test
    void asciiAndFullWidthPunctuationAndDigitsReadAlike() {
        List<Fact> wide = facts("2月3日0\uFF0D24时\uFF0C江西省报告新增确诊病例\uFF17例\u3002其中南昌市\uFF13例\u3001九江市4例\u3002");
        List<Fact> ascii = facts("2月3日0-24时,江西省报告新增确诊病例7例.其中南昌市3例,九江市4例.");
        assertEquals(7.0, only(wide, FactType.CONFIRMED_CASES, "江西省").value());
        assertEquals(3.0, only(wide, FactType.CONFIRMED_CASES, "南昌市").value());
        assertEquals(7.0, only(ascii, FactType.CONFIRMED_CASES, "江西省").value());
        assertEquals(3.0, only(ascii, FactType.CONFIRMED_CASES, "南昌市").value());
        assertEquals(4.0, only(ascii, FactType.CONFIRMED_CASES, "九江市").value());
    }

    @Test
    void placesWithNumbersOutsideACaseCountAreNoFacts() {
        assertFalse(facts("2月3日，南昌市3例典型案例获表彰。").stream()
                .anyMatch(f -> f.type() == FactType.CONFIRMED_CASES), "no measure named");
        assertTrue(facts("2月3日0-24时，男性4例、女性3例。").isEmpty());
    }
}

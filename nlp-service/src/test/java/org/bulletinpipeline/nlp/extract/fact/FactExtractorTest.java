package org.bulletinpipeline.nlp.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.bulletinpipeline.nlp.extract.date.DateResolver;
import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.fact.FactExtractor.Found;
import org.bulletinpipeline.nlp.extract.model.FactType;
import org.bulletinpipeline.nlp.extract.place.PlaceGazetteer;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;
import org.junit.jupiter.api.Test;

/** The local papers' formulas for epidemic figures, with their day and place. */
class FactExtractorTest {

    private static final LocalDate DATELINE = LocalDate.of(2022, 5, 16);
    private static final LocalDate ISSUE = LocalDate.of(2022, 5, 17);
    private static final EntityExtractor ANALYZER = new EntityExtractor();
    private static final PlaceGazetteer GAZETTEER = new PlaceGazetteer();
    private static final PlaceRecognizer PLACES = new PlaceRecognizer(GAZETTEER);
    private static final FactExtractor FACTS = new FactExtractor(GAZETTEER);

    /** Figures of a 禹州 paper's sentence, its places and dates read as the entity layer reads them. */
    private static List<Found> facts(String text) {
        return FACTS.extract(text, PLACES.recognize(ANALYZER.analyze(text), List.of()),
                new DateResolver().resolve(text, 2022, DATELINE), DATELINE, "禹州市", List.of(), ISSUE);
    }

    /** The one figure of {@code text}, checked for its type, value and division code. */
    private static Found only(String text, FactType type, double value, String code) {
        List<Found> found = facts(text);
        assertEquals(1, found.size(), found.toString());
        Found figure = found.getFirst();
        assertEquals(type, figure.type(), figure.toString());
        assertEquals(value, figure.value(), figure.toString());
        assertEquals(code, figure.code(), figure.toString());
        return figure;
    }

    @Test
    void aZeroNewStreakOfOurCity() {
        // 截至5月16日,我市社会面连续3天“零新增”。
        Found streak = only("截至5月16日,我市社会面连续3天\u201C零新增\u201D\u3002", FactType.ZERO_NEW_STREAK, 3,
                "411081");
        assertEquals(LocalDate.of(2022, 5, 16), streak.date());
    }

    @Test
    void aTestingRoundTakesTheDayPrintedBeforeIt() {
        // 5月15日,我市完成第4次重点人群、重点区域核酸检测。
        Found round = only("5月15日,我市完成第4次重点人群\u3001重点区域核酸检测\u3002", FactType.TESTING_ROUND, 4,
                "411081");
        assertEquals(LocalDate.of(2022, 5, 15), round.date());
    }

    @Test
    void peopleTestedInTenThousands() {
        // 5月14日,禹州市累计检测52.3万人次。
        Found tested = only("5月14日,禹州市累计检测52.3万人次\u3002", FactType.PEOPLE_TESTED, 523000, "411081");
        assertEquals("禹州市", tested.printed());
    }

    @Test
    void anAidTeamCountsForTheCityItWasSentTo() {
        // 湖北援许医疗队187名队员于2月10日抵达许昌。: 援许 sends the team to 许昌, the date after it is not its day
        Found staff = only("湖北援许医疗队187名队员于2月10日抵达许昌\u3002", FactType.MEDICAL_STAFF_DEPLOYED, 187,
                "411000");
        assertEquals(DATELINE, staff.date());
    }

    @Test
    void aDailyCaseCount() {
        // 5月16日0时至24时,禹州市新增本土确诊病例3例。
        Found cases = only("5月16日0时至24时,禹州市新增本土确诊病例3例\u3002", FactType.CONFIRMED_CASES, 3, "411081");
        assertEquals(LocalDate.of(2022, 5, 16), cases.date());
    }

    @Test
    void numbersOutsideTheFormulasAreNoFigures() {
        // a streak of something else, a session of a congress, cadres who are not medical staff
        assertEquals(List.of(), facts("全市连续3天开展志愿服务活动\u3002"));
        assertEquals(List.of(), facts("市人大常委会召开第4次全体会议\u3002"));
        assertEquals(List.of(), facts("5月16日,187名党员干部下沉社区\u3002"));
    }
}

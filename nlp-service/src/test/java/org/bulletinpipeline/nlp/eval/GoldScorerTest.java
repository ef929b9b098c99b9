package org.bulletinpipeline.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Cases whose expected figures come from running {@code eval/score.py} on the same JSON. */
class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final String GOLD = """
            {'masthead': {'publication': '禹州通讯', 'publishedOn': '2022-05-17', 'issueNo': '2346', 'organizer': '中共禹州市委'},
             'articles': [
               {'title': '市领导深入一线暗访督导社区防控工作', 'kicker': null, 'subtitle': null, 'kind': 'news',
                'bylines': [{'role': 'reporter', 'name': '高伟山'}], 'dateline': '2022-05-16',
                'bodyStart': '近日,市委常委、组织部部长许进宏连续', 'continuedOn': null},
               {'title': null, 'kicker': null, 'subtitle': null, 'kind': 'photo',
                'bylines': [{'role': 'photographer', 'name': '王建辉'}], 'dateline': null,
                'bodyStart': '上图:核酸检测工作队在曙光中奔赴禹州一线', 'continuedOn': null},
               {'title': '重要会议', 'kicker': null, 'subtitle': null, 'kind': 'timeline', 'bylines': [],
                'dateline': '2022-01-18', 'bodyStart': '1月18日', 'continuedOn': '第二版'}],
             'entities': {'person': [{'name': '史根治', 'titles': ['市委书记']}, {'name': '刘涛', 'titles': ['市长']}],
                          'place': [{'name': '禹州市', 'level': 'county'}, {'name': '许昌', 'level': 'city'}],
                          'organization': ['市委组织部', '市政府']},
             'facts': [{'type': 'confirmed_cases', 'place': '禹州市', 'date': '2022-01-17', 'value': 4}]}
            """;

    private static final String PRED = """
            {'masthead': {'publication': '禹州通讯', 'publishedOn': '2022-05-17', 'issueNo': '2346', 'organizer': null},
             'articles': [
               {'title': '市领导深入一线暗访督导社区防控', 'kicker': null, 'subtitle': null, 'kind': 'news',
                'bylines': [{'role': 'reporter', 'name': '高伟山'}, {'role': 'author', 'name': '张三'}],
                'dateline': '2022-05-16', 'body': '近日,市委常委、组织部部长许进宏连续深入一线', 'continuedOn': null,
                'persons': [{'name': '史根治', 'titles': ['市委书记']}, {'name': '刘涛', 'titles': []}],
                'places': [{'name': '禹州市', 'level': 'city'}], 'organizations': [{'name': '组织部'}],
                'facts': [{'type': 'confirmed_cases', 'place': '禹州', 'date': '2022-01-17', 'value': 4.0}]},
               {'title': '多余的一篇', 'kind': 'news', 'bylines': [{'role': 'author', 'name': '李四'}], 'body': ''},
               {'title': null, 'kind': 'photo', 'bylines': [{'role': 'photographer', 'name': '王建辉'}],
                'body': '上图:核酸检测工作队在曙光中奔赴禹州一线。王建辉 摄', 'dateline': null}]}
            """;

    @Test
    void scoresLikeThePythonScorer() throws Exception {
        GoldScorer scorer = new GoldScorer();
        scorer.addBulletin(json(GOLD), json(PRED));
        // score.py --json on the same gold and prediction:
        assertEquals(0.667, round(scorer.segment.f1()));
        assertEquals(0.5, round(scorer.bylines.precision()));
        assertEquals(1.0, round(scorer.bylines.recall()));
        assertEquals(0.0, scorer.title.value());
        assertEquals(1, scorer.title.n);
        assertEquals(1.0, scorer.kicker.value());
        assertEquals(1.0, scorer.dateline.value());
        assertEquals(1.0, round(scorer.person.f1()));
        assertEquals(0.5, scorer.personTitles.value());
        assertEquals(0.667, round(scorer.place.f1()));
        assertEquals(0.0, scorer.placeLevel.value());
        assertEquals(0.0, scorer.org.f1());
        assertEquals(0.667, round(scorer.orgRelaxed.f1()));
        assertEquals(1.0, scorer.facts.f1());
        assertEquals(0.75, scorer.masthead.value());
    }

    @Test
    void normalizationMatchesThePythonHelpers() {
        assertEquals("市纪委监委强监督保落实", GoldScorer.norm("市纪委监委 强监督保落实!"));
        assertEquals("第三版", GoldScorer.norm("(第三版)"));
        assertEquals("拨云见日,有序恢复! 统筹推进", GoldScorer.spaces("拨云见日,有序恢复!\n统筹推进"));
        assertNull(GoldScorer.spaces("  \n"));
        assertTrue(GoldScorer.placeCompatible("禹州市", "禹州"));
        assertTrue(GoldScorer.placeCompatible(null, ""));
        assertFalse(GoldScorer.placeCompatible("许昌", null));
    }

    @Test
    void pythonSequenceMatcherRatio() {
        assertEquals(1.0, SequenceRatio.ratio("", ""));
        assertEquals(0.6, SequenceRatio.ratio("abcde", "abcxy"), 1e-9);
        assertEquals(2.0 * 4 / 9, SequenceRatio.ratio("abcd", "abcxd"), 1e-9);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

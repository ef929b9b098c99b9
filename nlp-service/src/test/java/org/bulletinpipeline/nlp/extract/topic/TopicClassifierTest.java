package org.bulletinpipeline.nlp.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bulletinpipeline.contracts.mediatopic.MediaTopics;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private final TopicClassifier topics = new TopicClassifier();

    @Test
    void aHeadlineCueCountsThreeTimes() {
        // one cue in the headline reaches the threshold on its own
        assertEquals(List.of("epidemic_control"), topics.classify("市领导暗访督导疫情防控工作", "要求各地压实责任\u3002"));
    }

    @Test
    void bodyCuesAreCountedUntilTheThreshold() {
        assertEquals(List.of("discipline_inspection"),
                topics.classify(null, "市纪委监委派出督导组,紧盯问题,严肃问责\u3002"));
        assertEquals(List.of(), topics.classify(null, "市纪委召开会议\u3002"), "one cue in the body is not enough");
    }

    @Test
    void topicsComeBestFirstAndAtMostThree() {
        String body = "党员干部下沉一线,党支部设立党员先锋岗\u3002企业复工复产,项目投资加快\u3002"
                + "困难群众生活物资保供到位,慰问困难群众\u3002安全生产隐患排查\u3002";
        List<String> found = topics.classify("党员先锋岗守护群众", body);
        assertEquals(3, found.size(), found.toString());
        assertEquals("party_building", found.getFirst());
    }

    @Test
    void aStoryWithoutCuesHasNoTopic() {
        assertEquals(List.of(), topics.classify("春到颍河畔", "河边的柳树发芽了,游人三三两两\u3002"));
        assertEquals(List.of(), topics.classify(null, null));
    }

    @Test
    void everyTopicItAssignsIsAnIptcMediaTopic() {
        assertEquals(7, topics.topics().size());
        for (String topic : topics.topics()) {
            assertTrue(MediaTopics.standard().of(topic).isPresent(), topic + " has no line in media-topics.csv");
        }
    }
}

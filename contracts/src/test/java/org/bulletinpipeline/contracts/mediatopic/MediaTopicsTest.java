package org.bulletinpipeline.contracts.mediatopic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTopicsTest {

    private static final MediaTopics MAPPING = MediaTopics.standard();

    @ParameterizedTest
    @ValueSource(strings = {"epidemic_control", "discipline_inspection", "party_building", "economy", "safety",
            "livelihood", "governance"})
    void everyTopicOfTheClassifierHasAMediaTopicWithBothLabels(String topic) {
        MediaTopic m = MAPPING.of(topic).orElseThrow(() -> new AssertionError(topic + " has no Media Topic"));
        assertTrue(m.qcode().matches("medtop:200\\d{5}"), m.qcode());
        assertEquals("http://cv.iptc.org/newscodes/mediatopic/" + m.qcode().substring("medtop:".length()), m.uri());
        assertTrue(!m.labelEn().isBlank(), m::toString);
        assertTrue(m.labelZh().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), m::toString);
        assertEquals(Optional.of(topic), MAPPING.topicOf(m.qcode()));
    }

    @Test
    void theEpidemicIsMediaTopic20000449WithTheIptcLabels() {
        MediaTopic epidemic = MAPPING.of("epidemic_control").orElseThrow();
        assertEquals(MediaTopic.of("medtop:20000449", "epidemic", "\uFF08传染性强的\uFF09流行病", true), epidemic);
        assertEquals(7, MAPPING.all().size());
        assertEquals(epidemic, MAPPING.all().iterator().next());
    }

    @Test
    void aMediaTopicIsFoundByQcodeDigitsOrUri() {
        assertEquals(Optional.of("economy"), MAPPING.topicOf("medtop:20000344"));
        assertEquals(Optional.of("economy"), MAPPING.topicOf(" 20000344 "));
        assertEquals(Optional.of("economy"), MAPPING.topicOf("http://cv.iptc.org/newscodes/mediatopic/20000344"));
        assertEquals(Optional.of("economy"), MAPPING.topicOf("https://cv.iptc.org/newscodes/mediatopic/20000344"));
        // the top concept economy, business and finance is not what economy maps to
        assertEquals(Optional.empty(), MAPPING.topicOf("medtop:04000000"));
        assertEquals(Optional.empty(), MAPPING.topicOf("economy"));
        assertEquals(Optional.empty(), MAPPING.topicOf(null));
    }

    @Test
    void anArticlesTopicsKeepTheirOrderAndLoseWhatHasNoMediaTopic() {
        assertEquals(List.of("medtop:20000593", "medtop:20000449"), MAPPING.of(
                List.of("governance", "疫情防控", "epidemic_control", "governance")).stream().map(MediaTopic::qcode)
                .toList());
        assertEquals(List.of(), MAPPING.of((List<String>) null));
    }

    @Test
    void aMediaTopicStandingForTwoTopicsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("""
                topic,qcode,label_en_gb,label_zh_hans,label_zh_hans_source
                economy,medtop:20000344,economy,经济,iptc
                business,medtop:20000344,economy,经济,iptc
                """));
        assertTrue(e.getMessage().contains("both economy and business"), e.getMessage());
    }

    @Test
    void malformedLinesAreRefusedWithTheirNumber() {
        assertThrows(IllegalArgumentException.class, () -> read("topic,qcode\n"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("""
                topic,qcode,label_en_gb,label_zh_hans,label_zh_hans_source
                economy,medtop:2000034,economy,经济,iptc
                """)).getMessage().contains("medtop:2000034"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("""
                topic,qcode,label_en_gb,label_zh_hans,label_zh_hans_source
                economy,medtop:20000344,economy,经济,google
                """)).getMessage().contains("line 2"));
    }

    @Test
    void aChineseLabelOfOurOwnIsMarkedAsSuch() {
        MediaTopic ours = read("""
                topic,qcode,label_en_gb,label_zh_hans,label_zh_hans_source
                debates,medtop:20001266,political debates,政治辩论,ours
                """).of("debates").orElseThrow();
        assertEquals(false, ours.labelZhFromIptc());
        assertTrue(MAPPING.all().stream().allMatch(MediaTopic::labelZhFromIptc));
    }

    private static MediaTopics read(String csv) {
        return MediaTopics.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}

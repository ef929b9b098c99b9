package org.bulletinpipeline.nlp.extract.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assigns topics from a small fixed taxonomy by lexicon scoring: each topic has cue words; a topic's score is the
 * number of cue occurrences in headline and body (headline occurrences count three times). Topics scoring at
 * least {@link #MIN_SCORE} are returned, best first, at most three; the method is transparent on purpose, so an
 * editor can see why a story got its tags.
 *
 * <ul>
 * <li>{@code epidemic_control}: 疫情, 核酸, 隔离, 确诊, 防控, 封控, 清零, 消杀, 流调</li>
 * <li>{@code discipline_inspection}: 纪委, 监委, 纪检, 监察, 巡察, 违纪, 党纪, 问责, 廉政, 腐败</li>
 * <li>{@code party_building}: 党建, 党员, 党组织, 党支部, 组织部, 党史, 先锋, 党旗, 党徽</li>
 * <li>{@code economy}: 经济, 企业, 项目, 投资, 招商, 产业, 复工复产, 营商环境, 消费</li>
 * <li>{@code safety}: 安全生产, 防汛, 消防, 灾害, 隐患, 应急, 自建房</li>
 * <li>{@code livelihood}: 民生, 生活物资, 保供, 群众生活, 就业, 慰问, 困难群众, 年货</li>
 * <li>{@code governance}: 人大, 政协, 常委会, 履职, 法治, 决定, 改革, 规划</li>
 * </ul>
 */
public final class TopicClassifier {

    static final int MIN_SCORE = 3;

    private static final List<Map.Entry<String, List<String>>> LEXICON = List.of(
            Map.entry("epidemic_control", List.of("疫情", "核酸", "隔离", "确诊", "防控", "封控", "清零", "消杀", "流调")),
            Map.entry("discipline_inspection", List.of("纪委", "监委", "纪检", "监察", "巡察", "违纪", "党纪", "问责", "廉政",
                    "腐败")),
            Map.entry("party_building", List.of("党建", "党员", "党组织", "党支部", "组织部", "党史", "先锋", "党旗", "党徽")),
            Map.entry("economy", List.of("经济", "企业", "项目", "投资", "招商", "产业", "复工复产", "营商环境", "消费")),
            Map.entry("safety", List.of("安全生产", "防汛", "消防", "灾害", "隐患", "应急", "自建房")),
            Map.entry("livelihood", List.of("民生", "生活物资", "保供", "群众生活", "就业", "慰问", "困难群众", "年货")),
            Map.entry("governance", List.of("人大", "政协", "常委会", "履职", "法治", "决定", "改革", "规划")));

    /** The topic codes this classifier assigns, in the lexicon's order. */
    public List<String> topics() {
        return LEXICON.stream().map(Map.Entry::getKey).toList();
    }

    public List<String> classify(String headline, String body) {
        List<Map.Entry<String, Integer>> scores = new ArrayList<>();
        LEXICON.forEach(entry -> {
            String topic = entry.getKey();
            List<String> cues = entry.getValue();
            int score = 0;
            for (String cue : cues) {
                score += 3 * count(headline, cue) + count(body, cue);
            }
            if (score >= MIN_SCORE) {
                scores.add(Map.entry(topic, score));
            }
        });
        scores.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return scores.stream().limit(3).map(Map.Entry::getKey).toList();
    }

    private static int count(String text, String cue) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
            n++;
        }
        return n;
    }
}

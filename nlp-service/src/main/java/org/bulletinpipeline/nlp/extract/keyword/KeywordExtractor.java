package org.bulletinpipeline.nlp.extract.keyword;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

import org.bulletinpipeline.nlp.extract.text.NameStart;

/**
 * Keywords of an article: the content words (nouns, verbal nouns, named entities) of two or more characters,
 * ranked by frequency weighted by length (longer words are more specific: 核酸检测 over 工作), with a list of
 * newsroom filler words removed. Function words never pass the part-of-speech filter, so no stop-word list is
 * needed. Headline words count double.
 */
public final class KeywordExtractor {

    /** Words frequent in every bulletin that say nothing about one story. */
    private static final Set<String> FILLER = Set.of("工作", "情况", "方面", "问题", "要求", "全市", "我市", "记者", "本报讯",
            "同时", "进一步", "有关", "相关", "部门", "人员", "活动", "一线", "当前", "目前", "期间", "时间", "实际", "领导",
            "群众", "各项", "重点", "本轮", "措施", "能力", "会议", "市委", "市政府", "精神", "意见", "作用", "水平");

    private static final int LIMIT = 10;

    private static boolean allHan(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!NameStart.isHan(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public List<String> extract(List<Term> terms, int headlineEnd) {
        Map<String, Double> score = new HashMap<>();
        for (Term term : terms) {
            String word = term.word;
            if (word.length() < 2 || term.nature == null) {
                continue;
            }
            String nature = term.nature.toString();
            if (!(nature.startsWith("n") || nature.equals("vn") || nature.startsWith("g")) || !allHan(word)
                    || FILLER.contains(word)) {
                continue;
            }
            double weight = Math.min(word.length(), 4) * (term.offset < headlineEnd ? 2.0 : 1.0);
            score.merge(word, weight, Double::sum);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(score.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(LIMIT).map(Map.Entry::getKey).toList();
    }
}

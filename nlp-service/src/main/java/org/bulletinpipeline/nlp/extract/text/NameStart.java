package org.bulletinpipeline.nlp.extract.text;

import java.util.Set;

/**
 * Finds where a name that ends in a known suffix begins. Chinese prints unit and place names without spaces,
 * so {@code 交由禹州市住建局按需发放} only tells us that a name ends at 局; it begins after the last word that
 * cannot be part of a name: punctuation, a preposition or conjunction standing as a word ({@code 由}, {@code 据},
 * {@code 和}), or a governing verb ({@code 携手}, {@code 成立}, {@code 来到}). A demonstrative in front
 * ({@code 该县纪委监委}, {@code 各村}) marks an anaphoric or generic mention, which callers reject.
 */
public final class NameStart {

    /** Result of a scan: where the name starts and whether a demonstrative stands right before it. */
    public record Result(int start, boolean anaphoric) {
    }

    /** Single-character words that never start or sit inside a unit or place name when they stand alone. */
    public static final String STOP_CHARS = "在于由据对向从把被将与及的了是等到给让使经为并就也都又还以按至往同跟或和而即暨驻";

    /** Demonstratives and quantifiers that make the following noun anaphoric or generic. */
    private static final String DETERMINER_CHARS = "该各本我这那每其此全他她它俺";

    /** Verbs that govern a following name: {@code 携手关心下一代志愿者协会}, {@code 成立柴庄村集体经济股份合作社}. */
    private static final Set<String> GOVERNING_VERBS = Set.of("携手", "成立", "联合", "召开", "举行", "参加", "来到",
            "委托", "交由", "配合", "督促", "会同", "指导", "根据", "按照", "通过", "经过", "带领", "支持", "号召", "联系",
            "协助", "要求", "提出", "部署", "启动", "开展", "发布", "印发", "牵头", "依托", "邀请", "走访", "慰问", "看望",
            "调研", "前往", "深入", "位于", "地处", "设在", "进入", "返回", "奔赴", "来自", "附近", "居住", "入住", "所在",
            "担任", "出席", "主持", "组建", "建立", "报名", "加入", "送往", "送至", "赶赴", "抵达", "到达", "离开", "视察",
            "检查", "暗访", "督导", "传达", "学习", "贯彻", "落实", "听取", "研究", "领导下", "关怀下", "指导下", "宣传", "陪同",
            "会见", "接见");

    /** Pronoun words that stand in apposition before a name ({@code 我们万人助企返乡帮村办公室}): a plain stop. */
    private static final Set<String> PRONOUN_WORDS = Set.of("我们", "他们", "她们", "咱们", "本报", "本台");

    /** Administrative characters that make a two-character determiner word generic: 全市, 各县, 该镇, 本省. */
    private static final String ADMIN_CHARS = "省市县区镇乡村";

    private NameStart() {
    }

    /** Scans left from {@code end} (exclusive) for at most {@code maxLength} characters. */
    public static Result scan(AnalyzedText text, int end, int maxLength) {
        return scan(text, end, maxLength, STOP_CHARS, true);
    }

    /**
     * As {@link #scan(AnalyzedText, int, int)} with a caller's set of stop characters (person titles keep
     * {@code 在}: {@code 在沪务工人员}) and whether words stop the scan by their part of speech (they do before a
     * unit or place name, {@code 欢送湖北援许医疗队}; a title may hold verbs and adverbs,
     * {@code 集中隔离点管控专班班长}).
     */
    public static Result scan(AnalyzedText text, int end, int maxLength, String stopChars, boolean stopAtVerbs) {
        String s = text.text();
        int limit = Math.max(0, end - maxLength);
        int i = end;
        while (i > limit) {
            char c = s.charAt(i - 1);
            if (!isHan(c)) {
                return new Result(i, false);
            }
            if (governingVerbEndsAt(text, i, limit)) {
                return new Result(i, false);
            }
            if (text.tokenEnd(i - 1) != i) {
                i--;
                continue;
            }
            int wordStart = text.tokenStart(i - 1);
            String word = s.substring(wordStart, i);
            // HanLP reads a preposition and the next character as a name now and then (巡察组/向市/住房):
            // the preposition still ends the scan.
            if (word.length() == 2 && stopChars.indexOf(word.charAt(0)) >= 0 && text.nature(wordStart).startsWith("nr")) {
                return new Result(wordStart + 1, false);
            }
            if (PRONOUN_WORDS.contains(word)) {
                return new Result(i, false);
            }
            if (word.length() == 2 && DETERMINER_CHARS.indexOf(word.charAt(0)) >= 0
                    && (ADMIN_CHARS.indexOf(word.charAt(1)) >= 0 || text.nature(wordStart).startsWith("r"))
                    || word.length() == 1 && DETERMINER_CHARS.indexOf(c) >= 0) {
                return new Result(i, true);
            }
            if (word.length() == 1 && stopChars.indexOf(c) >= 0 || c == '暨'
                    || isFunctionWord(text, wordStart, word, i, stopAtVerbs) && !afterGoverningVerb(text, wordStart)) {
                return new Result(i, false);
            }
            if (wordStart < limit) {
                return new Result(i, false);
            }
            i = wordStart;
        }
        return new Result(i, false);
    }

    /**
     * A verb right after a governing verb opens the governed name itself: {@code 携手关心下一代志愿者协会},
     * {@code 担任荣升小区疫情防控临时党支部书记}.
     */
    private static boolean afterGoverningVerb(AnalyzedText text, int wordStart) {
        return governingVerbEndsAt(text, wordStart, 0);
    }

    /** True when a governing verb, standing as a word, ends at {@code end} and starts at or after {@code limit}. */
    private static boolean governingVerbEndsAt(AnalyzedText text, int end, int limit) {
        String s = text.text();
        for (int length = 2; length <= 3; length++) {
            int vs = end - length;
            if (vs >= limit && text.isBoundary(vs) && GOVERNING_VERBS.contains(s.substring(vs, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that end the scan by their part of speech: transitive verbs of two or more characters ({@code 欢送},
     * {@code 确保}; one-character verbs and intransitive ones occur inside names, {@code 万人助企返乡帮村办公室},
     * as do verbal nouns, {@code 城乡建设局}), adverbs, conjunctions, prepositions, particles, time and direction
     * words of two or more characters, and numbers with a measure word ({@code 200名援禹流调溯源队}) except a
     * term of office ({@code 许昌市七届人大常委会}) or an ordinal ({@code 河南省第三人民医院}).
     */
    private static boolean isFunctionWord(AnalyzedText text, int wordStart, String word, int end, boolean stopAtVerbs) {
        String nature = text.nature(wordStart);
        if (nature.isEmpty() || !stopAtVerbs && !nature.startsWith("m") && !nature.startsWith("q")) {
            return false;
        }
        if (nature.startsWith("v")) {
            return stopAtVerbs && word.length() >= 2 && !nature.equals("vn") && !nature.equals("vi");
        }
        if (word.startsWith("第")) {
            return false;
        }
        if (nature.startsWith("m") || nature.startsWith("q")) {
            boolean termOfOffice = word.endsWith("届") || end < text.length() && text.charAt(end) == '届';
            boolean afterNumber = wordStart > 0 && text.nature(wordStart - 1).startsWith("m");
            return !termOfOffice && (nature.startsWith("q") && afterNumber || word.chars().anyMatch(Character::isDigit));
        }
        return word.length() >= 2 && (nature.startsWith("d") || nature.startsWith("c") || nature.startsWith("p")
                || nature.startsWith("u") || nature.startsWith("t") || nature.equals("f"));
    }

    /** A Chinese character (CJK unified ideographs, extension A, compatibility ideographs). */
    public static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf' || c >= '\uf900' && c <= '\ufaff';
    }
}

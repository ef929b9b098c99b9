package org.bulletinpipeline.nlp.extract.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.text.LongestMatches;
import org.bulletinpipeline.nlp.extract.text.AnalyzedText;
import org.bulletinpipeline.nlp.extract.text.NameCandidate;
import org.bulletinpipeline.nlp.extract.text.NameStart;
import org.bulletinpipeline.nlp.extract.text.TextRange;
import org.bulletinpipeline.nlp.extract.place.PlaceGazetteer;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;

/**
 * Finds named institutions by the word they end in: Chinese unit names are a qualifier plus a type word
 * ({@code 禹州市} + {@code 住建局}, {@code 许昌市} + {@code 建筑业协会}, {@code 永辉} + {@code 超市}). The suffix
 * vocabulary below is general (organs, agencies, courts, associations, companies, teams); where the name begins is
 * found by {@link NameStart}; generic groups ({@code 各级党组织}, {@code 多家连锁超市}, {@code 定点医院}) are rejected
 * because nothing but generic words qualify the type word.
 */
public final class OrganizationRecognizer {

    /** A recognized unit name at {@code [start, end)} of the analyzed text. */
    public record Mention(String name, int start, int end) {
    }

    /**
     * Type words of party and state organs that are named by the administrative unit right before them:
     * {@code 市委}, {@code 县政府}, {@code 襄城县纪委监委}, {@code 许昌市七届人大常委会}, {@code 方山镇党委}.
     */
    private static final List<String> ORGAN_SUFFIXES = List.of("纪委监委", "人大常委会", "人民政府", "政协党组", "常委会",
            "督查委", "政法委", "政协", "人大", "政府", "党委", "党组", "纪委", "监委", "委");

    /**
     * Type words of agencies, courts, associations, companies and teams: {@code 市商务局}, {@code 河南省自然资源厅},
     * {@code 市人民检察院}, {@code 许昌市建筑业协会}, {@code 群东来商贸集团}, {@code 恒盛购物广场},
     * {@code 湖北援许医疗队}, {@code 国家工作组}, {@code 市疫情防控指挥部}.
     */
    private static final List<String> AGENCY_SUFFIXES = List.of("融媒体中心", "人民检察院", "人民法院", "检察院", "法院",
            "分局", "局", "厅", "委员会", "指挥部", "办公室", "中心", "协会", "商会", "学会", "联合会", "基金会", "集团",
            "有限公司", "公司", "超市", "购物广场", "商场", "合作社", "医院", "卫生院", "银行", "大学", "学院", "研究院",
            "研究所", "医疗队", "溯源队", "救援队", "工作组", "巡察组", "巡视组", "支队", "大队", "办", "组织部", "宣传部", "统战部", "武装部", "电视台", "报社");

    /** Names that need no qualifier: the national party and state organs. */
    private static final List<String> NATIONAL_ORGANS = List.of("中国共产党", "中共中央", "党中央", "国务院", "全国人大",
            "全国政协", "中央军委", "中央政治局");

    /** Type words that name a unit on their own, so a bare mention counts ({@code (组织部)} closing a story). */
    private static final List<String> SELF_NAMING = List.of("组织部", "宣传部", "统战部", "武装部", "人民检察院", "人民法院");

    /** Qualifiers that make a unit generic rather than named: 相关部门, 定点医院, 多家连锁超市, 防控办公室. */
    private static final List<String> GENERIC_WORDS = List.of("相关", "有关", "各级", "爱心", "定点", "连锁", "基层", "临时",
            "专业", "职能", "责任", "主管", "上级", "当地", "属地", "多家", "所在", "防控", "工作", "综合", "协调", "这些",
            "一些", "部分", "多个", "其他", "同级", "对口", "派驻", "领办", "股份", "经济", "集体", "附近", "周边");

    /** Person-title cores that may follow an unprefixed unit inside a title ({@code 统战部部长}, {@code 组织部长}). */
    private static final Pattern TITLE_AFTER = Pattern.compile("^(?:副?部长|长|副?书记|副?主任|副?局长|副?主席)");

    private static final String ADMIN_CHARS = "省市县区镇乡村";

    /** Last characters of every type word: a cheap test before trying the suffix lists at a position. */
    private static final String SUFFIX_LAST_CHARS = lastChars(ORGAN_SUFFIXES, AGENCY_SUFFIXES, NATIONAL_ORGANS);

    /** Organ type words that must follow the name of an administrative unit directly. */
    private static final List<String> ADMIN_NAMED = List.of("纪委监委", "人民政府", "政协党组", "政协", "人大", "政府", "党委",
            "纪委", "监委", "委");

    /** A term of office in front of a unit ({@code 七届市政协}) is not part of the unit's name. */
    private static final Pattern TERM_OF_OFFICE = Pattern.compile("^[一二三四五六七八九十]+届");

    private final PlaceGazetteer gazetteer;

    public OrganizationRecognizer(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Unit names in reading order, longest reading where names nest ({@code 市委组织部} over {@code 市委}). */
    public List<Mention> recognize(AnalyzedText text, List<TextRange> excluded) {
        String s = text.text();
        List<NameCandidate> tagged = text.candidates("nt");
        List<Mention> candidates = new ArrayList<>();
        for (int end = 1; end <= s.length(); end++) {
            if (!text.isBoundary(end) || SUFFIX_LAST_CHARS.indexOf(s.charAt(end - 1)) < 0) {
                continue;
            }
            Mention m = organAt(text, end);
            if (m == null) {
                m = agencyAt(text, end);
            }
            if (m == null) {
                m = nationalAt(text, end);
            }
            if (m != null && !TextRange.covers(excluded, m.start(), m.end())) {
                candidates.add(taggedStart(text, tagged, m));
            }
        }
        return longestNonOverlapping(candidates);
    }

    /**
     * The rule reading, starting where the tagger's unit of the same end starts when the words the rule took in
     * before it are no nouns ({@code 应/中国人民外交学会}, {@code 因/广元铁路医院}) or end in a conjunction or
     * preposition ({@code 国民议会/和/最高法官委员会}, two units). A place or name before the unit
     * ({@code 许昌市/委}) stays part of it.
     */
    private static Mention taggedStart(AnalyzedText text, List<NameCandidate> tagged, Mention m) {
        for (NameCandidate c : tagged) {
            if (c.end() != m.end() || c.start() <= m.start() || c.end() - c.start() < 2) {
                continue;
            }
            if (text.tokenStart(c.start()) != c.start()) {
                return m;
            }
            String joining = text.nature(c.start() - 1);
            if (!joining.startsWith("c") && !joining.startsWith("p") || text.tokenEnd(c.start() - 1) != c.start()) {
                for (int i = m.start(); i < c.start(); i = text.tokenEnd(i)) {
                    String nature = text.nature(i);
                    if (text.tokenStart(i) != i || nature.isEmpty() || "nsjgx".indexOf(nature.charAt(0)) >= 0) {
                        return m;
                    }
                }
            }
            return new Mention(text.text().substring(c.start(), m.end()), c.start(), m.end());
        }
        return m;
    }

    /**
     * {@code byType} with the units the name tagger finds where no type word rule did ({@code 青岛海牛队},
     * {@code 新华社}), kept when they touch no unit already read and no place other than one inside them
     * ({@code 中国} in {@code 中国人民外交学会}, which then is no place of its own), end where a word ends, hold no
     * punctuation and do not open with a demonstrative ({@code 该公司}) or {@code 相关}, and lie outside book titles.
     */
    public List<Mention> withTaggedNames(AnalyzedText text, List<TextRange> excluded, List<Mention> byType,
                                         List<PlaceRecognizer.Mention> places) {
        String s = text.text();
        List<Mention> out = new ArrayList<>(byType);
        for (NameCandidate tagged : text.candidates("nt")) {
            NameCandidate c = text.trimmed(tagged);
            String name = s.substring(c.start(), c.end());
            if (name.length() < 2 || !isTaggedUnitName(name)
                    || !(text.isBoundary(c.end()) || endsBeforeHead(text, c)) || endsInTypeWord(name)
                    || endsInActionAndSpot(text, c)
                    || TextRange.overlaps(excluded, c.start(), c.end())
                    || byType.stream().anyMatch(m -> m.start() < c.end() && c.start() < m.end())
                    || places.stream().anyMatch(m -> m.start() < c.end() && c.start() < m.end()
                            && (m.start() < c.start() || m.end() > c.end() || m.end() - m.start() == c.end() - c.start()))) {
                continue;
            }
            out.add(new Mention(name, c.start(), c.end()));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * {@code 外交部/长}, {@code 内政部/长}: HanLP reads a ministry's head as one title word ({@code 外交部长}), so the
     * unit the tagger finds ends inside it, right before 长. {@code 科技部部长} already ends the unit at a word
     * boundary; the doubled type character ({@code 科技部部}) is no unit.
     */
    private static boolean endsBeforeHead(AnalyzedText text, NameCandidate c) {
        String s = text.text();
        int end = c.end();
        return end < s.length() && s.charAt(end) == '\u957F' && text.tokenEnd(end) == end + 1
                && text.nature(end).startsWith("nnt") && s.charAt(end - 1) != s.charAt(end - 2);
    }

    /**
     * Names ending in the type word of a party or state organ or of a local working body ({@code 政协},
     * {@code 党委}, {@code 办公室}, {@code 统战部}) are the rules' to accept or reject, since such an organ is named
     * by the unit right before it: {@code 智慧政协} and an unprefixed {@code 统战部部长} stay rejected whatever
     * the tagger says.
     */
    private static boolean endsInTypeWord(String name) {
        for (List<String> suffixes : List.of(ORGAN_SUFFIXES, LOCAL_BODY_SUFFIXES)) {
            for (String suffix : suffixes) {
                if (name.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the span ends in a one-character word right after a verb: {@code 府东路/交会/处} is where two
     * roads meet, not an office ({@code 处}) of a unit, whose type word follows the unit's name.
     */
    private static boolean endsInActionAndSpot(AnalyzedText text, NameCandidate c) {
        int last = c.end() - 1;
        if (last <= c.start() || text.tokenStart(last) != last || text.tokenEnd(last) != c.end()) {
            return false;
        }
        String before = text.nature(last - 1);
        return before.equals("v") || before.equals("vi");
    }

    private static final List<String> LOCAL_BODY_SUFFIXES = List.of("办公室", "指挥部", "支部", "组织部", "宣传部",
            "统战部", "武装部", "工作组");

    /** A tagged span is a unit name when it holds no punctuation and does not open with a demonstrative. */
    private static boolean isTaggedUnitName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                return false;
            }
        }
        return "该本各此这那其".indexOf(name.charAt(0)) < 0 && !name.startsWith("相关");
    }

    private Mention organAt(AnalyzedText text, int end) {
        String s = text.text();
        for (String suffix : ORGAN_SUFFIXES) {
            int suffixStart = end - suffix.length();
            if (suffixStart < 1 || !s.startsWith(suffix, suffixStart)) {
                continue;
            }
            NameStart.Result scan = NameStart.scan(text, suffixStart, 14);
            if (scan.anaphoric() || scan.start() >= suffixStart) {
                return null;
            }
            int start = afterTermOfOffice(s, joinConjoinedQualifier(text, scan.start()), suffixStart);
            if (start >= suffixStart) {
                return null;
            }
            String qualifier = s.substring(start, suffixStart);
            char last = qualifier.charAt(qualifier.length() - 1);
            // Committees, governments, congresses are named by the unit right before them: 市委, 许昌市委,
            // 禹州市政府, 方山镇党委; 党和政府, 智慧政协, 省委政协工作会议 name no unit.
            if (ADMIN_NAMED.contains(suffix) && ADMIN_CHARS.indexOf(last) < 0 && !isCommission(suffix, qualifier)) {
                return null;
            }
            // A standing committee belongs to a congress, a party committee or the Politburo: 市委常委会, 中央政治局常委会.
            if (suffix.equals("常委会") && ADMIN_CHARS.indexOf(last) < 0 && last != '委' && last != '局') {
                return null;
            }
            // 住许省政协委员: the unit only qualifies a member's role.
            if (s.startsWith("委员", end)) {
                return null;
            }
            if (!isQualified(qualifier)) {
                return null;
            }
            return new Mention(s.substring(start, end), start, end);
        }
        return null;
    }

    private Mention agencyAt(AnalyzedText text, int end) {
        String s = text.text();
        for (String suffix : AGENCY_SUFFIXES) {
            int suffixStart = end - suffix.length();
            if (suffixStart < 0 || !s.startsWith(suffix, suffixStart)) {
                continue;
            }
            // 中心 followed by 城 is the urban core (中心城区), not an institution.
            if (suffix.equals("中心") && end < s.length() && s.charAt(end) == '城') {
                return null;
            }
            NameStart.Result scan = NameStart.scan(text, suffixStart, 16);
            if (scan.anaphoric()) {
                return null;
            }
            int start = afterTermOfOffice(s, joinConjoinedQualifier(text, scan.start()), suffixStart);
            String qualifier = s.substring(start, suffixStart);
            String name = s.substring(start, end);
            if (endsCommonWord(text, suffixStart)) {
                return null;
            }
            if (qualifier.length() < 2) {
                if (!SELF_NAMING.contains(suffix) || followedByTitle(s, end)) {
                    return null;
                }
                return new Mention(name, start, end);
            }
            if (!isQualified(qualifier)) {
                return null;
            }
            if (isKindWord(text, start, end)) {
                return null;
            }
            // 办 is an office only after a unit (市委办, 县委巡察办); elsewhere it ends verbs (举办, 承办).
            if (suffix.equals("办") && !hasAdminPrefix(qualifier)) {
                return null;
            }
            // A cooperative is named after its village (柴庄村集体经济股份合作社); 农业种植专业合作社 is a kind.
            if (suffix.equals("合作社") && gazetteer.longestPrefix(qualifier) == 0 && !qualifier.contains("村")) {
                return null;
            }
            // Inside a person's title an unprefixed department is part of the title: 统战部部长, 组织部长.
            if (!hasAdminPrefix(qualifier) && followedByTitle(s, end) && SELF_NAMING.contains(suffix)) {
                return null;
            }
            return new Mention(name, start, end);
        }
        return null;
    }

    /**
     * {@code 保险公司}, {@code 航空公司}, {@code 服务中心}: a whole name that HanLP knows as one word for a kind of
     * institution ({@code nis}) names the kind, not a unit; a unit has a qualifier of its own
     * ({@code 中国人寿保险公司}).
     */
    private static boolean isKindWord(AnalyzedText text, int start, int end) {
        return text.tokenStart(start) == start && text.tokenEnd(start) == end && text.nature(start).equals("nis");
    }

    /** A national organ, with the country right before it when one is named ({@code 美国国务院}). */
    private Mention nationalAt(AnalyzedText text, int end) {
        String s = text.text();
        for (String organ : NATIONAL_ORGANS) {
            int start = end - organ.length();
            if (start >= 0 && s.startsWith(organ, start) && text.isBoundary(start)) {
                if (start > 0 && text.nature(start - 1).startsWith("ns") && text.tokenEnd(start - 1) == start) {
                    start = text.tokenStart(start - 1);
                }
                return new Mention(s.substring(start, end), start, end);
            }
        }
        return null;
    }

    /**
     * {@code 市自然资源和规划局}: the scan stops at the conjunction 和, but when the words before it do not end a
     * unit name themselves ({@code 省纪委监委和市委} is two units) they belong to this one.
     */
    private static int joinConjoinedQualifier(AnalyzedText text, int start) {
        String s = text.text();
        if (start < 3 || s.charAt(start - 1) != '和') {
            return start;
        }
        String before = s.substring(Math.max(0, start - 8), start - 1);
        for (String suffix : ORGAN_SUFFIXES) {
            if (before.endsWith(suffix)) {
                return start;
            }
        }
        for (String suffix : AGENCY_SUFFIXES) {
            if (before.endsWith(suffix)) {
                return start;
            }
        }
        // Only a short field joins (自然资源和规划, 住房和城乡建设); longer runs are two names in a row.
        NameStart.Result scan = NameStart.scan(text, start - 1, 6);
        int afterLength = suffixStartAfter(text, start) - start;
        return scan.anaphoric() || scan.start() >= start - 2 || afterLength > 4 || scan.start() == start - 7
                ? start : scan.start();
    }

    /**
     * A commission is named by its unit and a short field: {@code 县卫健委}, {@code 市发改委}, {@code 市政法委}
     * (委 after the unit alone is the party committee, 市委).
     */
    private boolean isCommission(String suffix, String qualifier) {
        if (!suffix.equals("委") || !hasAdminPrefix(qualifier)) {
            return false;
        }
        int unit = ADMIN_CHARS.indexOf(qualifier.charAt(0)) >= 0 ? 1 : gazetteer.longestPrefix(qualifier);
        int field = qualifier.length() - unit;
        return field >= 2 && field <= 3 && qualifier.indexOf('委', unit) < 0;
    }

    /**
     * {@code 大局}, {@code 布局}: a two-character ordinary word that merely ends in a type character; and
     * {@code 顾全大局}: a verb, idiom or adjective of any length that holds it.
     */
    private static boolean endsCommonWord(AnalyzedText text, int suffixStart) {
        int wordStart = text.tokenStart(suffixStart);
        String nature = text.nature(suffixStart);
        if (wordStart < suffixStart && !nature.isEmpty() && "vila".indexOf(nature.charAt(0)) >= 0) {
            return true;
        }
        return wordStart < suffixStart && text.tokenEnd(suffixStart) - wordStart == 2
                && !(nature.startsWith("nt") || nature.startsWith("ni") || nature.startsWith("ns")
                || nature.startsWith("nz"));
    }

    private static int afterTermOfOffice(String s, int start, int suffixStart) {
        Matcher term = TERM_OF_OFFICE.matcher(s.substring(start, suffixStart));
        return term.find() ? start + term.end() : start;
    }

    /** Where the type word begins after a qualifier starting at {@code start}: the next suffix occurrence. */
    private static int suffixStartAfter(AnalyzedText text, int start) {
        String s = text.text();
        int best = s.length();
        for (String suffix : AGENCY_SUFFIXES) {
            int at = s.indexOf(suffix, start);
            if (at >= 0 && at < best) {
                best = at;
            }
        }
        return best;
    }

    private static boolean followedByTitle(String s, int end) {
        return TITLE_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 4))).find();
    }

    private boolean hasAdminPrefix(String qualifier) {
        return ADMIN_CHARS.indexOf(qualifier.charAt(0)) >= 0 || qualifier.startsWith("中共")
                || qualifier.startsWith("中央") || qualifier.startsWith("国家") || gazetteer.longestPrefix(qualifier) > 0;
    }

    /** A qualifier names a unit unless it is made of generic words only ({@code 相关}, {@code 多家连锁}). */
    private static boolean isQualified(String qualifier) {
        String rest = qualifier;
        for (String generic : GENERIC_WORDS) {
            rest = rest.replace(generic, "");
        }
        return !rest.isEmpty();
    }

    @SafeVarargs
    private static String lastChars(List<String>... lists) {
        StringBuilder chars = new StringBuilder();
        for (List<String> list : lists) {
            for (String word : list) {
                char last = word.charAt(word.length() - 1);
                if (chars.indexOf(String.valueOf(last)) < 0) {
                    chars.append(last);
                }
            }
        }
        return chars.toString();
    }

    private static List<Mention> longestNonOverlapping(List<Mention> candidates) {
        return LongestMatches.select(candidates, Mention::start, Mention::end);
    }
}

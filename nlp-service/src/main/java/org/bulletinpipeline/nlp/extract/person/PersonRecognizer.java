package org.bulletinpipeline.nlp.extract.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.text.AnalyzedText;
import org.bulletinpipeline.nlp.extract.text.NameCandidate;
import org.bulletinpipeline.nlp.extract.text.NameStart;
import org.bulletinpipeline.nlp.extract.text.Surnames;
import org.bulletinpipeline.nlp.extract.model.Byline;
import org.bulletinpipeline.nlp.extract.model.BylineRole;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;

/**
 * Finds people by the way newspapers introduce them: a title right before the name ({@code 市委书记史根治},
 * {@code 市委常委、常务副市长王志宏}, {@code 副市长赵淑红、董留民、汤超、赵鹏参加}), a credit ({@code 记者 高伟山},
 * {@code 王建辉 摄}, {@code 文字整理 石冠兵}), a role after a list ({@code 张灿峰、范丽娟等下沉党员干部}), an office
 * taken ({@code 郑向平,主动担任荣升小区疫情防控临时党支部书记}), a quote ({@code ”王坤峰说}) or a unit
 * ({@code 市委组织部甄华露}). HanLP's word boundaries decide where a name ends and its person tag is one signal;
 * every name must start with a family name and must not be an ordinary word ({@code 干部}, {@code 常务}).
 */
public final class PersonRecognizer {

    /** A person with the titles the text gives them and the positions of their mentions. */
    public record Found(String name, Set<String> titles, List<int[]> positions) {
    }

    /** Credit words, searched for directly; {@link #CREDIT} then reads the longest one at each hit. */
    private static final List<String> CREDIT_WORDS = List.of("记者", "通讯员", "摄影", "文字整理", "制图", "编辑", "校对");

    /** Credit words printed before a name, and the title they give: 摄影报道 credits a photographer (摄影). */
    private static final Pattern CREDIT = Pattern.compile("(记者|通讯员|摄影报道|摄影|文字整理|制图|编辑|校对)"
            + ":?[ \\u3000]*");

    /** Verbs of speech after a quote's closing mark: {@code ”王坤峰说}. */
    private static final Pattern SPEECH_VERB = Pattern.compile("^(?:说|表示|介绍|指出|强调|坦言|感慨|谈道|告诉)");

    /** A name in parentheses closing a story, {@code (冯纪宣)}: the author. */
    private static final Pattern CLOSING_AUTHOR = Pattern.compile("\\(([\\p{IsHan}]{2,4})\\)[ \\u3000]*(?:\\n|$)");

    /** A line of names alone under a headline, {@code 魏永涛 屈笑笑}: the authors. */
    private static final Pattern NAME_LINE = Pattern.compile("(?m)^[ \\u3000]*([\\p{IsHan}]{2,4}(?:[ \\u3000]+[\\p{IsHan}]{2,4}){0,3})[ \\u3000]*$");

    /** An age linking two titles of one person: {@code 、83岁的}. */
    private static final Pattern AGE_LINK = Pattern.compile("、[0-9一二三四五六七八九十]+岁的$");

    /** Forms of address after a family name: 李师傅, 王大爷, 张阿姨. */
    private static final Set<String> HONORIFICS = Set.of("师傅", "大爷", "大妈", "大娘", "阿姨", "大姐", "大哥", "奶奶", "爷爷",
            "老汉", "先生", "女士", "小姐", "同志", "老师", "总", "书记", "主任", "局长", "部长", "队长", "某", "某某");

    /** One-character type words of places: 县, 区, 州, 河 after a transliterated name. */
    private static final String PLACE_TYPE_CHARS = "\u53BF\u533A\u5DDE\u7701\u5E02\u6CB3\u6E56\u5C9B\u6E2F";

    /** Digits and numerals before a measure word. */
    private static final String NUMERALS =
            "0123456789\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u4E24\u51E0";

    /** Characters that end a clause before a name rather than belong to it: 说, 在, 等 after 刘涛. */
    private static final String NAME_TAIL_STOP = "说在等和与到是的了也都就对向为将把被从及同讲称问答指要任主提强表参出前深带连详一率陪赴来去又还曾已正均便才再先亲并给让个位名";

    /** Stop characters for a title phrase: as for unit names, but 在 stays (在沪务工人员). */
    private static final String TITLE_STOP_CHARS = NameStart.STOP_CHARS.replace("在", "");

    /** Unit type words: a title whose text after its leading places names a unit keeps those places. */
    private static final Pattern UNIT_MARK = Pattern.compile("局|委|(?<!干)部|支部|专班|公司|集团|医院|学校|协会|政府|中心|办公室|队|院|所|站|会");

    private final Surnames surnames;
    private final TitleLexicon roles = new TitleLexicon();
    private final PlaceRecognizer places;

    public PersonRecognizer(Surnames surnames, PlaceRecognizer places) {
        this.surnames = surnames;
        this.places = places;
    }

    /**
     * People of one article. {@code unitEnds} are the end positions of unit names found before (a name right
     * after a unit is its member); {@code bylines} come from the page reader.
     */
    public List<Found> recognize(AnalyzedText text, List<Byline> bylines, Set<Integer> unitEnds) {
        Map<String, Set<String>> titles = new LinkedHashMap<>();
        String s = text.text();
        titled(text, titles);
        credits(text, titles);
        listsWithRole(text, titles);
        quoteSpeakers(text, titles);
        for (int end : unitEnds) {
            if (end < s.length() && text.nature(end).startsWith("nr") && text.isBoundary(end)) {
                int length = nameLengthAt(text, end);
                if (length > 0) {
                    titles.computeIfAbsent(s.substring(end, end + length), k -> new LinkedHashSet<>());
                }
            }
        }
        for (Byline byline : bylines) {
            if (byline.name() != null && isName(byline.name())) {
                Set<String> t = titles.computeIfAbsent(byline.name(), k -> new LinkedHashSet<>());
                String title = bylineTitle(byline.role(), s, byline.name());
                if (title != null) {
                    t.add(title);
                }
            }
        }
        officesTaken(text, titles);
        tagged(text, titles);
        List<Found> found = new ArrayList<>();
        titles.forEach((name, t) -> {
            List<int[]> positions = new ArrayList<>();
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length())) {
                positions.add(new int[] {at, at + name.length()});
            }
            found.add(new Found(name, t, positions));
        });
        return found;
    }

    /**
     * Names the statistical tagger finds with no title, credit or quote around them ({@code 李鹏今天会见},
     * {@code 克林顿说}): a Chinese name of two to four characters that starts with a family name and is no
     * ordinary word ({@code 高度}), a transliterated name of three or more characters, or a two-character name
     * with no family name that passes {@link #isShortName}.
     */
    private void tagged(AnalyzedText text, Map<String, Set<String>> titles) {
        String s = text.text();
        for (NameCandidate c : text.candidates("nr")) {
            String name = s.substring(c.start(), c.end());
            if (titles.containsKey(name) || !isTaggedName(name) || overlapsFound(s, titles.keySet(), c)
                    || namesPlace(text, c.end()) || isMeasureWord(s, c.start())) {
                continue;
            }
            int surname = surnames.lengthAt(s, c.start());
            boolean chinese = surname > 0 && name.length() <= 4;
            // a name begins and ends where HanLP's words do (卫健/委, 应/隔/尽/隔 cut no name), and its given name
            // is no form of address (李师傅) nor an ordinary verb or adverb HanLP knows (况/进行)
            if (chinese && (isHonorific(name.substring(surname)) || isOrdinaryWord(text, c.start() + surname, c.end())
                    || isRoleWord(s, c.start() + surname, c.end()))) {
                continue;
            }
            // HanLP's proper-noun tag at the start marks a name it knows, not an ordinary word (史瓦西/nz, 金正/nz日)
            boolean properStart = text.nature(c.start()).startsWith("nz");
            if (chinese && (properStart || !text.startsWithCommonWord(c.start(), c.end()))
                    || !chinese && name.length() >= 3 || !chinese && isShortName(text, c)) {
                titles.put(name, new LinkedHashSet<>());
            }
        }
    }

    /**
     * A two-character name with no family name, as the tagger reads given names and foreign names
     * ({@code 俊平开通了}, {@code 桥本首相}, {@code 拉埃女士}): it starts and ends where HanLP's words do, is not
     * one HanLP word of another kind ({@code 达赖/n}), and is none of what such two characters more often are: a
     * verb and its object ({@code 亮明/身份}), a place word ({@code 群/里}), a quoted term ({@code “保真”},
     * {@code ‘限塑’}) or the title of a work ({@code 《蚁生》}).
     */
    private static boolean isShortName(AnalyzedText text, NameCandidate c) {
        String s = text.text();
        int start = c.start();
        int end = c.end();
        if (end - start != 2 || !text.isBoundary(start) || !text.isBoundary(end)) {
            return false;
        }
        if (text.tokenEnd(start) == end && !text.nature(start).startsWith("nr")) {
            return false;
        }
        if (end < s.length() && text.nature(end).equals("n") && !isHonorific(s.substring(end, text.tokenEnd(end)))) {
            return false;
        }
        if (text.tokenStart(end - 1) == end - 1 && text.nature(end - 1).equals("f")) {
            return false;
        }
        boolean quoted = start > 0 && end < s.length() && "\u201C\u2018\u300C".indexOf(s.charAt(start - 1)) >= 0
                && "\u201D\u2019\u300D".indexOf(s.charAt(end)) >= 0;
        return !quoted && !insideBookTitle(s, start, end);
    }

    /** True when {@code [start, end)} lies between 《 and 》, the title of a work. */
    private static boolean insideBookTitle(String s, int start, int end) {
        int open = s.lastIndexOf('\u300A', start - 1);
        if (open < 0 || s.lastIndexOf('\u300B', start - 1) > open) {
            return false;
        }
        int close = s.indexOf('\u300B', end);
        int nextOpen = s.indexOf('\u300A', end);
        return close >= 0 && (nextOpen < 0 || nextOpen > close);
    }

    /**
     * True when a place's type character follows the name as a word of its own: {@code 莱克伍德/县},
     * {@code 苏扎克/区} and {@code 库卡尔特/河} name places, whatever the tagger reads in them ({@code 市长} after a
     * name is a title).
     */
    private static boolean namesPlace(AnalyzedText text, int end) {
        return end < text.length() && PLACE_TYPE_CHARS.indexOf(text.charAt(end)) >= 0 && text.isBoundary(end)
                && text.tokenEnd(end) == end + 1;
    }

    /** {@code 3张卫星图片}: after a numeral, 张 counts sheets and names nobody. */
    private static boolean isMeasureWord(String s, int start) {
        return start > 0 && s.charAt(start) == '\u5F20' && NUMERALS.indexOf(s.charAt(start - 1)) >= 0;
    }

    /** True when a name already read covers part of the candidate: 院士张三丰 is not also 张三. */
    private static boolean overlapsFound(String s, Set<String> found, NameCandidate c) {
        for (String name : found) {
            for (int at = Math.max(0, c.start() - name.length() + 1); at < c.end(); at++) {
                if (s.startsWith(name, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code [start, end)} is one HanLP word that is a verb, adverb, preposition or conjunction. */
    private static boolean isOrdinaryWord(AnalyzedText text, int start, int end) {
        String nature = text.nature(start);
        return text.tokenStart(start) == start && text.tokenEnd(start) == end && end - start >= 2
                && !nature.isEmpty() && "vdpca".indexOf(nature.charAt(0)) >= 0;
    }

    /** Letters only, at least two, and the middle dot of transliterated names ({@code 科菲·安南}) inside. */
    private static boolean isTaggedName(String name) {
        if (name.length() < 2 || name.charAt(0) == '\u00B7' || name.charAt(name.length() - 1) == '\u00B7') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetter(name.charAt(i)) && name.charAt(i) != '\u00B7') {
                return false;
            }
        }
        return true;
    }

    /** Title-anchored names: {@code 市委常委、常务副市长王志宏}, {@code 市领导马正兰、方婷、黄旭东…等参加}. */
    private void titled(AnalyzedText text, Map<String, Set<String>> titles) {
        String s = text.text();
        for (int at = 1; at < s.length(); at++) {
            int coreStart = roles.startOfWordEndingAt(s, at);
            if (coreStart < 0 || nameLengthAt(text, at) == 0 || !text.isBoundary(coreStart) && !text.isBoundary(at)) {
                continue;
            }
            List<String> chain = titleChain(text, coreStart, at);
            if (chain.isEmpty()) {
                continue;
            }
            for (String name : nameList(text, at, "、")) {
                titles.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(chain);
            }
        }
    }

    /** Names in a list starting at {@code at}, separated by one of {@code separators}. */
    private List<String> nameList(AnalyzedText text, int at, String separators) {
        String s = text.text();
        List<String> names = new ArrayList<>();
        while (at < s.length()) {
            int length = nameLengthAt(text, at);
            if (length == 0) {
                break;
            }
            names.add(s.substring(at, at + length));
            at += length;
            if (at < s.length() && separators.indexOf(s.charAt(at)) >= 0) {
                at++;
            } else {
                break;
            }
        }
        return names;
    }

    /**
     * The titles printed before a name, right to left through {@code 、}: {@code 市委常委、市政协党组副书记、
     * 统战部部长} gives three. Each phrase reaches back to the clause boundary or to a word that cannot be part
     * of a title ({@code 据}, {@code 的}, {@code 担任}); places that only say where a plain role lives are dropped
     * ({@code 小吕镇柴庄村村民} → 村民) while places naming a unit stay ({@code 许昌市公安局魏都分局援禹辅警}).
     */
    private List<String> titleChain(AnalyzedText text, int coreStart, int coreEnd) {
        String s = text.text();
        List<String> chain = new ArrayList<>();
        int end = coreEnd;
        int start = NameStart.scan(text, coreStart, 24, TITLE_STOP_CHARS, false).start();
        while (true) {
            String title = s.substring(start, end);
            int place = places.leadingPlaceLength(title);
            if (place > 0 && place < title.length() && !UNIT_MARK.matcher(title.substring(place)).find()) {
                title = title.substring(place);
            }
            chain.add(0, title);
            // 禹州退休老干部、83岁的党员耿良臻: an age between two titles still enumerates them.
            Matcher age = AGE_LINK.matcher(s.substring(Math.max(0, start - 8), start));
            if (age.find()) {
                start -= age.group().length() - 1;
            }
            if (start < 2 || s.charAt(start - 1) != '、') {
                break;
            }
            int previousStart = roles.startOfWordEndingAt(s, start - 1);
            if (previousStart < 0) {
                break;
            }
            end = start - 1;
            start = NameStart.scan(text, previousStart, 24, TITLE_STOP_CHARS, false).start();
        }
        return chain;
    }

    /** Credits before names ({@code 记者 毛迎 孙江锋}, {@code 摄影报道:杨晓惠}) and after them ({@code 王建辉 摄}). */
    private void credits(AnalyzedText text, Map<String, Set<String>> titles) {
        String s = text.text();
        for (String word : CREDIT_WORDS) {
            for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
                Matcher credit = CREDIT.matcher(s).region(at, Math.min(s.length(), at + word.length() + 4));
                if (!credit.lookingAt()) {
                    continue;
                }
                String title = switch (credit.group(1)) {
                    case "摄影报道" -> "摄影";
                    default -> credit.group(1);
                };
                for (String name : nameList(text, credit.end(), "、 \u3000")) {
                    titles.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(title);
                }
            }
        }
        // 王建辉 摄 closes a photo caption: the name before a lone 摄 is the photographer.
        for (int at = s.indexOf('摄'); at >= 0; at = s.indexOf('摄', at + 1)) {
            if (at + 1 < s.length() && NameStart.isHan(s.charAt(at + 1))) {
                continue;
            }
            int nameEnd = at;
            while (nameEnd > 0 && (s.charAt(nameEnd - 1) == ' ' || s.charAt(nameEnd - 1) == '\u3000')) {
                nameEnd--;
            }
            int start = nameStartBefore(text, nameEnd);
            if (start >= 0) {
                titles.computeIfAbsent(s.substring(start, nameEnd), k -> new LinkedHashSet<>()).add("摄影");
            }
        }
        Matcher closing = CLOSING_AUTHOR.matcher(s);
        while (closing.find()) {
            if (nameLengthAt(text, closing.start(1)) == closing.group(1).length()) {
                titles.computeIfAbsent(closing.group(1), k -> new LinkedHashSet<>());
            }
        }
        Matcher line = NAME_LINE.matcher(s);
        while (line.find()) {
            String[] names = line.group(1).split("[ \\u3000]+");
            int at = line.start(1);
            boolean allNames = true;
            for (String name : names) {
                at = s.indexOf(name, at);
                allNames &= nameLengthAt(text, at) == name.length();
                at += name.length();
            }
            if (allNames) {
                for (String name : names) {
                    titles.computeIfAbsent(name, k -> new LinkedHashSet<>());
                }
            }
        }
    }

    /** {@code 张灿峰、范丽娟等下沉党员干部}: names before 等 take the role printed after it. */
    private void listsWithRole(AnalyzedText text, Map<String, Set<String>> titles) {
        String s = text.text();
        for (int at = s.indexOf('等'); at >= 0; at = s.indexOf('等', at + 1)) {
            int clauseEnd = at + 1;
            while (clauseEnd < s.length() && NameStart.isHan(s.charAt(clauseEnd)) && clauseEnd - at < 12) {
                clauseEnd++;
            }
            String after = s.substring(at + 1, clauseEnd);
            int titleEnd = roles.lastWordEnd(after);
            if (titleEnd < 0 || titleEnd != after.length()) {
                continue;
            }
            String role = after.substring(0, titleEnd);
            int end = at;
            while (true) {
                int start = nameStartBefore(text, end);
                if (start < 0) {
                    break;
                }
                titles.computeIfAbsent(s.substring(start, end), k -> new LinkedHashSet<>()).add(role);
                if (start < 1 || s.charAt(start - 1) != '、') {
                    break;
                }
                end = start - 1;
            }
        }
    }

    /** {@code “……”王坤峰说} and {@code 习近平总书记}: a name right after a closing quote mark, or before 总书记. */
    private void quoteSpeakers(AnalyzedText text, Map<String, Set<String>> titles) {
        String s = text.text();
        for (int at = s.indexOf('”'); at >= 0; at = s.indexOf('”', at + 1)) {
            int start = at + 1;
            int length = nameLengthAt(text, start);
            if (length > 0 && SPEECH_VERB.matcher(s.substring(start + length, Math.min(s.length(), start + length + 2)))
                    .find()) {
                titles.computeIfAbsent(s.substring(start, start + length), k -> new LinkedHashSet<>());
            }
        }
        for (int at = s.indexOf("总书记"); at >= 0; at = s.indexOf("总书记", at + 1)) {
            int start = nameStartBefore(text, at);
            if (start >= 0 && text.nature(start).startsWith("nr")) {
                titles.computeIfAbsent(s.substring(start, at), k -> new LinkedHashSet<>()).add("总书记");
            }
        }
    }

    /** {@code 党员郑向平,主动担任荣升小区疫情防控临时党支部书记}: the office a known person takes is a title. */
    private void officesTaken(AnalyzedText text, Map<String, Set<String>> titles) {
        String s = text.text();
        for (int at = s.indexOf("担任"); at >= 0; at = s.indexOf("担任", at + 1)) {
            int clauseEnd = at + 2;
            while (clauseEnd < s.length() && NameStart.isHan(s.charAt(clauseEnd)) && clauseEnd - at < 28) {
                clauseEnd++;
            }
            int titleEnd = roles.lastWordEnd(s.substring(at + 2, clauseEnd));
            if (titleEnd < 0) {
                continue;
            }
            String office = s.substring(at + 2, at + 2 + titleEnd);
            String holder = null;
            int holderEnd = -1;
            for (String name : titles.keySet()) {
                int last = s.lastIndexOf(name, at);
                if (last >= 0 && at - (last + name.length()) <= 4 && last + name.length() > holderEnd) {
                    holder = name;
                    holderEnd = last + name.length();
                }
            }
            if (holder != null) {
                titles.get(holder).add(office);
            }
        }
    }

    private static String bylineTitle(BylineRole role, String text, String name) {
        return switch (role) {
            case REPORTER -> "记者";
            case CORRESPONDENT -> "通讯员";
            case PHOTOGRAPHER -> "摄影";
            case EDITOR -> {
                Matcher credit = CREDIT.matcher(text);
                String printed = "编辑";
                while (credit.find()) {
                    if (text.startsWith(name, credit.end())) {
                        printed = credit.group(1);
                    }
                }
                yield printed;
            }
            case AUTHOR -> null;
        };
    }

    private boolean isName(String name) {
        int surname = surnames.lengthAt(name, 0);
        return surname > 0 && name.length() > surname && name.length() <= surname + 2
                && name.chars().allMatch(c -> NameStart.isHan((char) c));
    }

    /**
     * Length of the personal name starting at {@code p}, 0 when none does. HanLP's person word wins when it
     * has one ({@code 刘涛/主持}); a two-character person word followed by a lone character that closes the
     * item is a cut name ({@code 王自/合/、} → 王自合); otherwise a three-character name is taken when a word
     * boundary follows it ({@code 史/根治/在} → 史根治) and a two-character one when not.
     */
    int nameLengthAt(AnalyzedText text, int p) {
        String s = text.text();
        int surname = surnames.lengthAt(s, p);
        if (surname == 0 || !text.isBoundary(p)) {
            return 0;
        }
        // 和, 与, 在 standing alone are conjunctions and prepositions, not the family names they can also be.
        if (text.tokenEnd(p) == p + 1 && NameStart.STOP_CHARS.indexOf(s.charAt(p)) >= 0) {
            return 0;
        }
        // the tagger reads the characters around the name and knows three-character names HanLP cuts short
        // (张洁/清, 刘方/炜): its name of a family and one or two given characters wins
        int length = text.candidateEndAt("nr", p) - p;
        if (length > surname && (length <= surname + 2 || isTaggedName(s.substring(p, p + length)))
                && !isHonorific(s.substring(p + surname, p + length)) && !isRoleWord(s, p + surname, p + length)) {
            return length;
        }
        length = nameLengthFromTags(text, p, surname);
        if (length > 0) {
            return isHonorific(s.substring(p + surname, p + length)) ? 0 : length;
        }
        length = nameLengthFromBoundaries(text, p, surname);
        return length > 0 && isHonorific(s.substring(p + surname, p + length)) ? 0 : length;
    }

    /** True when {@code [start, end)} is one role word of the lexicon: {@code 援禹/辅警} names a post, not 禹辅警. */
    private boolean isRoleWord(String s, int start, int end) {
        return roles.startOfWordEndingAt(s, end) == start;
    }

    /** 李师傅, 李大爷: a family name with a form of address is no full name. */
    private static boolean isHonorific(String given) {
        return HONORIFICS.contains(given);
    }

    /**
     * HanLP's person word, repaired where it cuts a three-character name to two and leaves the last character as
     * a word of its own before a longer word or punctuation ({@code 王自/合/、}, {@code 杨松/旭/反映}).
     */
    private static int nameLengthFromTags(AnalyzedText text, int p, int surname) {
        String s = text.text();
        if (!text.nature(p).startsWith("nr") || text.tokenStart(p) != p) {
            return 0;
        }
        int length = text.tokenEnd(p) - p;
        int next = p + length;
        if (length == surname + 1 && next < s.length() && text.tokenEnd(next) == next + 1
                && NameStart.isHan(s.charAt(next)) && NAME_TAIL_STOP.indexOf(s.charAt(next)) < 0
                && (next + 1 >= s.length() || closesItem(s, next + 1) || text.tokenEnd(next + 1) - (next + 1) >= 2)) {
            return length + 1;
        }
        return length > surname && length <= surname + 2 ? length : 0;
    }

    private int nameLengthFromBoundaries(AnalyzedText text, int p, int surname) {
        String s = text.text();
        if (text.startsWithCommonWord(p, p + surname + 2)) {
            return 0;
        }
        int three = surname + 2;
        if (p + three <= s.length() && allHan(s, p, p + three) && text.isBoundary(p + three)
                && NAME_TAIL_STOP.indexOf(s.charAt(p + three - 1)) < 0 && NAME_TAIL_STOP.indexOf(s.charAt(p + surname)) < 0
                && !(text.isBoundary(p + surname + 1) && text.tokenEnd(p + surname + 1) > p + three)) {
            return three;
        }
        int two = surname + 1;
        if (p + two <= s.length() && allHan(s, p, p + two) && text.isBoundary(p + two)
                && NAME_TAIL_STOP.indexOf(s.charAt(p + surname)) < 0) {
            return two;
        }
        return 0;
    }

    /** Start of a personal name ending at {@code end} ({@code 王建辉| 摄}, {@code 范丽娟|等}), or -1. */
    private int nameStartBefore(AnalyzedText text, int end) {
        String s = text.text();
        if (end <= 1) {
            return -1;
        }
        int tokenStart = text.tokenStart(end - 1);
        if (text.tokenEnd(end - 1) == end && text.nature(end - 1).startsWith("nr") && end - tokenStart >= 2
                && end - tokenStart <= 4 && surnames.lengthAt(s, tokenStart) > 0) {
            return tokenStart;
        }
        for (int length = 3; length >= 2; length--) {
            int start = end - length;
            if (start >= 0 && nameLengthAt(text, start) == length) {
                return start;
            }
        }
        return -1;
    }

    private static boolean closesItem(String s, int at) {
        return at >= s.length() || !NameStart.isHan(s.charAt(at)) || s.charAt(at) == '等' || s.charAt(at) == '、';
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!NameStart.isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

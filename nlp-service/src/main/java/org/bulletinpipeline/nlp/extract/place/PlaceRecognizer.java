package org.bulletinpipeline.nlp.extract.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.text.LeadingCharacterSearch;
import org.bulletinpipeline.nlp.extract.text.LongestMatches;
import org.bulletinpipeline.nlp.extract.text.AnalyzedText;
import org.bulletinpipeline.nlp.extract.text.NameCandidate;
import org.bulletinpipeline.nlp.extract.text.NameStart;
import org.bulletinpipeline.nlp.extract.text.TextRange;
import org.bulletinpipeline.nlp.extract.model.PlaceLevel;

/**
 * Finds places as written: administrative divisions from the {@link PlaceGazetteer}, villages and residential
 * communities named after a town ({@code 无梁镇大木厂村}, {@code 颍川街道南街社区}), localities and facilities by
 * the type word they end in ({@code 禹王大道}, {@code 荣升小区}, {@code 褚河留观站}), regions
 * ({@code 长三角}) and province abbreviations after a verb of travel ({@code 返鄂}).
 */
public final class PlaceRecognizer {

    /** A place found at {@code [start, end)}; {@code code} is the GB/T 2260 code of a division or null. */
    public record Mention(String name, PlaceLevel level, String code, int start, int end) {
    }

    /** Gazetteer names that are also ordinary words (阳泉's 城区, 郊区, 矿区): never taken as places. */
    private static final Set<String> GENERIC_DIVISION_NAMES = Set.of("城区", "郊区", "矿区", "市中区", "新区", "市辖区",
            "开发区", "高新区", "示范区", "东区", "西区", "南区", "北区", "中区", "新城", "城关");

    /** Urban parts of a city printed after its name: 许昌市区, 许昌中心城区 (city level, per the gold guide). */
    private static final Pattern URBAN_AREA = Pattern.compile("^(?:市区|中心城区|城区)");

    /** Villages and residential communities: up to four characters after a town, ending in 村 or 社区. */
    private static final Pattern VILLAGE_AFTER_TOWN = Pattern.compile("^([\\p{IsHan}]{1,4}?)(村|社区)");

    /** Type words of localities: residential compounds, streets and lanes, squares, parks, zones, lakes. */
    private static final List<String> LOCALITY_SUFFIXES = List.of("小区", "家属院", "家属楼", "大道", "大街", "路", "街",
            "巷", "胡同", "广场", "公园", "开发区", "高新区", "产业园", "工业园", "景区", "风景区", "湿地");

    /** Type words of facilities: lodging and isolation sites, observation and transfer stations, venues. */
    private static final List<String> FACILITY_SUFFIXES = List.of("集中隔离点", "隔离点", "留观站", "中转站", "酒店", "宾馆",
            "饭店", "体育馆", "体育场", "会展中心", "展览馆", "纪念馆", "博物馆", "火车站", "高铁站", "汽车站", "收费站", "方舱医院");

    /** Qualifiers that describe rather than name: 无主小区, 老旧小区, 部分集中隔离点, 居民小区. */
    private static final List<String> GENERIC_WORDS = List.of("无主", "老旧", "居民", "每个", "附近", "多个", "部分", "周边",
            "全部", "其他", "所在", "城市", "农村", "集中", "临时", "相关", "定点", "新建", "沿途", "沿街", "各个", "这个",
            "一个", "道路", "马路", "公路", "铁路", "高速", "楼前", "隔离点", "小区", "社区");

    /** Named natural sites quoted after a common noun: 森林植物园“禹王湖”. */
    private static final Pattern QUOTED_SITE = Pattern.compile("[“\"]([\\p{IsHan}]{1,5}(?:湖|山|河|园|湾|岛|寺|洞|峡|谷))[”\"]");

    /** Regions that are no administrative unit (level other). */
    private static final List<String> REGIONS = List.of("粤港澳大湾区", "长三角", "珠三角", "京津冀", "成渝", "中原",
            "长江经济带", "黄河流域", "华北", "华东", "华中", "华南", "西北", "东北", "西南");

    /** Each province's one-character name followed by its code. */
    private static final String ABBREVIATION_CODES = "京110000津120000沪310000渝500000冀130000豫410000云530000"
            + "辽210000黑230000湘430000皖340000鲁370000苏320000浙330000赣360000鄂420000桂450000甘620000晋140000"
            + "蒙150000陕610000吉220000闽350000贵520000粤440000青630000藏540000川510000宁640000琼460000";

    private static final String PROVINCE_ABBREVIATIONS = ABBREVIATION_CODES.replaceAll("[0-9]", "");

    /** One-character province names after a verb of travel: 返鄂, 返皖, 赴沪, 援鄂 (援鄂医疗队 is a unit). */
    private static final Pattern PROVINCE_ABBREVIATION = Pattern.compile(
            "(?<=[返赴回抵离援进入出])([" + PROVINCE_ABBREVIATIONS + "])(?=[\\p{P}\\s]|$)");

    private final PlaceGazetteer gazetteer;

    public PlaceRecognizer(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public PlaceGazetteer gazetteer() {
        return gazetteer;
    }

    /** Places in reading order outside {@code excluded} (unit names, book titles). */
    public List<Mention> recognize(AnalyzedText text, List<TextRange> excluded) {
        return recognize(text, excluded, List.of(), Set::of);
    }

    /**
     * The prefectures ({@code 4110}) a page names without ambiguity: those of names of a single division
     * ({@code 长春市}, {@code 许昌}). An article of the page that prints only an ambiguous name (朝阳区) is read
     * in their light.
     */
    public Set<String> pageCities(String page) {
        Set<String> cities = new HashSet<>();
        gazetteer.scan(page, (begin, end, entry) -> {
            if (entry.divisions().size() == 1 && entry.divisions().get(0).level() != PlaceLevel.TOWN) {
                cities.addAll(entry.contextCities());
            }
        });
        return cities;
    }

    /**
     * As {@link #recognize(AnalyzedText, List)}, with the codes of the divisions the publisher covers
     * ({@code 许昌日报} → 411000), which decide between divisions of one name as the article's own places do, and
     * the prefectures the rest of the page names ({@link #pageCities}), which decide when neither does. They are
     * asked for only then: most articles name no division that their own text leaves open, and the page is not
     * scanned for them.
     */
    public List<Mention> recognize(AnalyzedText text, List<TextRange> excluded, List<String> regionCodes,
                                   Supplier<Set<String>> pageCities) {
        String s = text.text();
        List<Mention> divisions = divisions(text, regionCodes, pageCities);
        List<Mention> found = new ArrayList<>(divisions);
        for (Mention d : divisions) {
            if (d.level() == PlaceLevel.TOWN) {
                Matcher m = VILLAGE_AFTER_TOWN.matcher(s.substring(d.end(), Math.min(s.length(), d.end() + 6)));
                if (m.find() && isNamePart(m.group(1)) && m.group(1).length() >= 2) {
                    found.add(new Mention(m.group(), PlaceLevel.VILLAGE, null, d.end(), d.end() + m.end()));
                }
            }
        }
        addBySuffix(text, LOCALITY_SUFFIXES, PlaceLevel.LOCALITY, true, found);
        addBySuffix(text, FACILITY_SUFFIXES, PlaceLevel.FACILITY, false, found);
        Matcher quoted = QUOTED_SITE.matcher(s);
        while (quoted.find()) {
            found.add(new Mention(quoted.group(1), PlaceLevel.LOCALITY, null, quoted.start(1), quoted.end(1)));
        }
        for (String region : REGIONS) {
            for (int at = s.indexOf(region); at >= 0; at = s.indexOf(region, at + 1)) {
                if (text.isBoundary(at) && text.isBoundary(at + region.length())) {
                    found.add(new Mention(region, PlaceLevel.OTHER, null, at, at + region.length()));
                }
            }
        }
        // tried only at an abbreviation: the lookbehind would otherwise run at every character of the article
        LeadingCharacterSearch abbreviations = new LeadingCharacterSearch(PROVINCE_ABBREVIATION, s,
                PROVINCE_ABBREVIATIONS);
        Matcher abbreviation = abbreviations.matcher();
        while (abbreviations.find()) {
            int code = ABBREVIATION_CODES.indexOf(abbreviation.group(1));
            found.add(new Mention(abbreviation.group(1), PlaceLevel.PROVINCE,
                    ABBREVIATION_CODES.substring(code + 1, code + 7), abbreviation.start(1), abbreviation.end(1)));
        }
        addStandaloneVillages(s, found);
        found.removeIf(m -> TextRange.overlaps(excluded, m.start(), m.end()));
        return dropPrefixedDuplicates(withTaggedNames(text, excluded, longestNonOverlapping(found)));
    }

    /**
     * Places the name tagger finds where the gazetteer and the conventions found none ({@code 巴黎}, {@code 长江},
     * {@code 中关村}), each with its gazetteer code when the name is a division. A tagged span that overlaps a
     * place already read, a unit or a book title, that holds punctuation, or that is {@code 我市}-like, is dropped.
     */
    private List<Mention> withTaggedNames(AnalyzedText text, List<TextRange> excluded, List<Mention> read) {
        String s = text.text();
        List<Mention> out = new ArrayList<>(read);
        for (NameCandidate tagged : text.candidates("ns")) {
            NameCandidate c = text.trimmed(tagged);
            String name = s.substring(c.start(), c.end());
            if (c.start() >= c.end() || !isTaggedPlaceName(name) || startsWithVerb(text, c)
                    || TextRange.overlaps(excluded, c.start(), c.end())
                    || read.stream().anyMatch(m -> m.start() < c.end() && c.start() < m.end())) {
                continue;
            }
            PlaceGazetteer.Entry entry = gazetteer.lookup(name);
            // a division's short form (禹州) counts only where the gazetteer reading accepted it, near its city
            if (entry != null && entry.shortForm()) {
                continue;
            }
            Division division = entry == null ? null : entry.divisions().get(0);
            out.add(new Mention(name, division == null ? PlaceLevel.OTHER : division.level(),
                    division == null ? null : division.code(), c.start(), c.end()));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * True when the span opens with a verb HanLP reads as a word of two characters or more inside it: a name of
     * a place does not begin with an action ({@code 采取/村农户}).
     */
    private static boolean startsWithVerb(AnalyzedText text, NameCandidate c) {
        String nature = text.nature(c.start());
        return text.tokenStart(c.start()) == c.start() && text.tokenEnd(c.start()) < c.end()
                && text.tokenEnd(c.start()) - c.start() >= 2 && nature.startsWith("v");
    }

    /**
     * No punctuation, not a deictic place ({@code 我市}, {@code 本县}, {@code 当地}) and not a word for a direction
     * or a kind of area ({@code 西方}, {@code 街道}, {@code 老城区}).
     */
    private static boolean isTaggedPlaceName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                return false;
            }
        }
        return "我本该当此这那各全".indexOf(name.charAt(0)) < 0 && !GENERIC_AREAS.contains(name);
    }

    /** Directions and kinds of area that name no particular place. */
    private static final Set<String> GENERIC_AREAS = Set.of("东方", "西方", "南方", "北方", "东部", "西部", "南部", "北部",
            "中部", "街道", "城区", "老城区", "新城区", "城中", "城镇", "小城镇", "农村", "山区", "大山", "长河", "内地", "境内",
            "境外", "海外", "国内", "国外", "当地", "各地", "全国", "全省", "全市", "全县", "沿海", "边境", "世界");

    /** Divisions from the gazetteer, leftmost-longest, with the short forms a reader resolves from context. */
    private List<Mention> divisions(AnalyzedText text, List<String> regionCodes, Supplier<Set<String>> pageCities) {
        String s = text.text();
        List<Mention> hits = new ArrayList<>();
        Set<String> contextCities = new HashSet<>();
        regionCodes.forEach(code -> contextCities.add(code.substring(0, 4)));
        Set<String> fullNames = new HashSet<>();
        gazetteer.scan(s, (begin, end, entry) -> {
            if (entry.shortForm() && (!text.isBoundary(begin) || !text.isBoundary(end))
                    || entry.name().length() <= 3 && GENERIC_DIVISION_NAMES.contains(entry.name())) {
                return;
            }
            // Two-character town names (联乡) are too often parts of words; two-character county names (和县)
            // count only where HanLP also reads a place name.
            Division only = entry.divisions().get(0);
            if (entry.name().length() == 2 && !entry.shortForm() && (only.level() == PlaceLevel.TOWN
                    || !text.nature(begin).startsWith("ns") || !text.isBoundary(begin) || !text.isBoundary(end))) {
                return;
            }
            Division first = entry.divisions().get(0);
            if (!entry.shortForm()) {
                fullNames.add(entry.name());
            }
            // only a name of one division puts its city in context: 朝阳区 (of Beijing and of 长春) names neither
            if (entry.divisions().size() == 1) {
                contextCities.addAll(entry.contextCities());
            }
            hits.add(new Mention(entry.name(), first.level(), first.code(), begin, end));
        });
        List<Mention> accepted = new ArrayList<>();
        for (Mention hit : longestNonOverlapping(hits)) {
            PlaceGazetteer.Entry entry = gazetteer.lookup(hit.name());
            Division d = choose(entry.divisions(), contextCities, pageCities);
            if (entry.shortForm()) {
                // A short form must stand as a word (许昌/本轮), and a county's short form (禹州, 长葛) is only
                // trusted where its city or its full name is also printed.
                if (!text.isBoundary(hit.start()) || !text.isBoundary(hit.end())) {
                    continue;
                }
                if (d == null || d.level() == PlaceLevel.COUNTY && !contextCities.contains(d.cityPrefix())
                        && !fullNames.contains(d.name())) {
                    continue;
                }
            }
            if (d == null) {
                // a name shared by divisions of several provinces, none of them in context: a place, but no code
                Division any = entry.divisions().get(0);
                accepted.add(new Mention(hit.name(), any.level(), null, hit.start(), hit.end()));
                continue;
            }
            int end = hit.end();
            PlaceLevel level = d.level();
            if (level == PlaceLevel.CITY) {
                String cityStem = entry.shortForm() ? hit.name() : hit.name().replaceFirst("市$", "");
                int stemEnd = hit.start() + cityStem.length();
                Matcher urban = URBAN_AREA.matcher(s.substring(stemEnd, Math.min(s.length(), stemEnd + 4)));
                if (urban.find()) {
                    end = stemEnd + urban.end();
                }
            }
            accepted.add(new Mention(s.substring(hit.start(), end), level, d.code(), hit.start(), end));
        }
        return accepted;
    }

    /**
     * Of several divisions with one name (东城区 of Beijing and of 许昌), the one in a city the text or the publisher
     * names, else the one in a province they name, else the same by the rest of the page. Without such context a province's name is the province, and a
     * name shared within one province is its highest division (吉林: the province, not its city); a name shared
     * across provinces is not guessed (null).
     */
    private static Division choose(List<Division> divisions, Set<String> contextCities,
                                   Supplier<Set<String>> pageCities) {
        if (divisions.size() == 1) {
            return divisions.get(0);
        }
        Division inArticle = inContext(divisions, contextCities);
        if (inArticle != null) {
            return inArticle;
        }
        Division onPage = inContext(divisions, pageCities.get());
        if (onPage != null) {
            return onPage;
        }
        // 海南 is the province before 海南藏族自治州 of 青海
        for (Division d : divisions) {
            if (d.level() == PlaceLevel.PROVINCE) {
                return d;
            }
        }
        String province = divisions.get(0).provincePrefix();
        if (divisions.stream().allMatch(d -> d.provincePrefix().equals(province))) {
            return divisions.stream().min(java.util.Comparator.comparingInt(d -> d.level().ordinal())).orElseThrow();
        }
        return null;
    }

    /** The division in a city of {@code context}, else in a province of it, else null. */
    private static Division inContext(List<Division> divisions, Set<String> context) {
        for (Division d : divisions) {
            if (context.contains(d.cityPrefix())) {
                return d;
            }
        }
        for (Division d : divisions) {
            for (String city : context) {
                if (city.startsWith(d.provincePrefix())) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Localities and facilities end in a type word; their name starts where {@link NameStart} says. A locality
     * printed after its town or county ({@code 禹州市禹王大道}) is the street's own name without the division;
     * a facility keeps the division it is named with ({@code 禹州市生活物资保供中转站}).
     */
    private void addBySuffix(AnalyzedText text, List<String> suffixes, PlaceLevel level, boolean dropDivisionPrefix,
                             List<Mention> found) {
        String s = text.text();
        for (String suffix : suffixes) {
            for (int at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + 1)) {
                int end = at + suffix.length();
                boolean namesCommunity = s.startsWith("社区", end) && text.isBoundary(end + 2);
                if (!text.isBoundary(end) && !namesCommunity || longerSuffixEndsAt(s, suffixes, suffix, end)) {
                    continue;
                }
                // A one-character type word that ends an ordinary word is no street: 思路, 铁路, 弯路 (HanLP
                // reads them as nouns), while 天津路 is a place word or 天津/路, and 府东路 a street's east part.
                if (suffix.length() == 1 && !text.isBoundary(at) && !text.nature(at).startsWith("ns")
                        && "东西南北中".indexOf(s.charAt(at - 1)) < 0) {
                    continue;
                }
                NameStart.Result scan = NameStart.scan(text, at, 10);
                if (scan.anaphoric() || s.startsWith("村", end)) {
                    continue;
                }
                // A community named after its street is the community: 天津路社区, 南街社区 (level village).
                boolean community = s.startsWith("社区", end) && level == PlaceLevel.LOCALITY;
                int start = scan.start();
                if (dropDivisionPrefix) {
                    start += leadingPlaceLength(s.substring(start, at));
                }
                String qualifier = s.substring(start, at);
                if (qualifier.length() < (community ? 1 : 2) || !isNamePart(qualifier) || !text.isBoundary(start)
                        || level == PlaceLevel.FACILITY && !holdsNoun(text, start, at)) {
                    continue;
                }
                if (community) {
                    found.add(new Mention(s.substring(start, end + 2), PlaceLevel.VILLAGE, null, start, end + 2));
                } else {
                    found.add(new Mention(s.substring(start, end), level, null, start, end));
                }
            }
        }
    }

    private static boolean longerSuffixEndsAt(String s, List<String> suffixes, String suffix, int end) {
        for (String other : suffixes) {
            if (other.length() > suffix.length() && other.endsWith(suffix) && end >= other.length()
                    && s.startsWith(other, end - other.length())) {
                return true;
            }
        }
        return false;
    }

    /** A qualifier names a site unless it holds a describing word: 无主小区, 部分集中隔离点, 隔离点楼前广场. */
    private static boolean isNamePart(String qualifier) {
        for (String generic : GENERIC_WORDS) {
            if (qualifier.contains(generic)) {
                return false;
            }
        }
        return !qualifier.contains("的") && qualifier.chars().allMatch(c -> NameStart.isHan((char) c));
    }

    /** A site's name holds a noun ({@code 中冠商务酒店}); {@code 科学规范管理隔离点} is an instruction. */
    private static boolean holdsNoun(AnalyzedText text, int start, int end) {
        for (int i = start; i < end; i = text.tokenEnd(i)) {
            String nature = text.nature(i);
            if (nature.startsWith("n") || nature.startsWith("j")) {
                return true;
            }
        }
        return false;
    }

    /** A village named once after its town ({@code 小吕镇柴庄村}) is the same place when printed alone later. */
    private static void addStandaloneVillages(String s, List<Mention> found) {
        Set<String> villages = new HashSet<>();
        for (Mention m : found) {
            if (m.level() == PlaceLevel.VILLAGE) {
                villages.add(m.name());
            }
        }
        for (String village : villages) {
            for (int at = s.indexOf(village); at >= 0; at = s.indexOf(village, at + 1)) {
                found.add(new Mention(village, PlaceLevel.VILLAGE, null, at, at + village.length()));
            }
        }
    }

    private static List<Mention> longestNonOverlapping(List<Mention> candidates) {
        return LongestMatches.select(candidates, Mention::start, Mention::end);
    }

    /**
     * A facility printed once with its division in front and once without ({@code 襄城县中冠商务酒店集中隔离点} and
     * {@code 中冠商务酒店集中隔离点}) is one site; the bare name is kept for both mentions.
     */
    private List<Mention> dropPrefixedDuplicates(List<Mention> mentions) {
        Set<String> names = new HashSet<>();
        mentions.forEach(m -> names.add(m.name()));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int prefix = m.level() == PlaceLevel.FACILITY ? gazetteer.longestPrefix(m.name()) : 0;
            if (prefix > 0 && names.contains(m.name().substring(prefix))) {
                out.add(new Mention(m.name().substring(prefix), m.level(), m.code(), m.start() + prefix, m.end()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Length of the places a title starts with ({@code 小吕镇柴庄村} in {@code 小吕镇柴庄村村民}): divisions from
     * the gazetteer and villages or communities named by their type word.
     */
    public int leadingPlaceLength(String title) {
        return leadingPlaceLength(title, 1);
    }

    /** As {@link #leadingPlaceLength(String)}, leaving at least {@code keep} characters ({@code 天津路}: 天津 stays). */
    private int leadingPlaceLength(String title, int keep) {
        int at = 0;
        while (at < title.length()) {
            int division = gazetteer.longestPrefix(title.substring(at));
            if (division > 0 && title.length() - at - division >= keep) {
                at += division;
                continue;
            }
            Matcher village = VILLAGE_AFTER_TOWN.matcher(title.substring(at));
            if (village.find() && village.end() <= title.length() - at - keep
                    && (at > 0 || village.group(1).length() >= 2)) {
                at += village.end();
                continue;
            }
            break;
        }
        return at;
    }
}

package org.bulletinpipeline.nlp.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import org.bulletinpipeline.nlp.extract.model.PlaceLevel;
import org.bulletinpipeline.nlp.extract.text.DataLines;

/**
 * The administrative divisions of China (province, city, county, town) with their GB/T 2260 codes, read once
 * from the classpath ({@code gazetteer/divisions.csv}, {@code gazetteer/towns.csv}) into an Aho-Corasick
 * automaton, so one pass over an article finds every name. Besides the official names it knows the short
 * forms papers print: {@code 许昌} for 许昌市, {@code 河南} for 河南省, {@code 禹州} for the county-level city
 * 禹州市 (county short forms are only trusted next to their city, see {@link PlaceRecognizer}).
 */
public final class PlaceGazetteer {

    /**
     * A name as it may be written, the divisions it can denote, and the prefectures ({@code 4110}) a mention of
     * it puts in context: those of cities and counties for full names, of cities for short forms.
     */
    public record Entry(String name, boolean shortForm, List<Division> divisions, List<String> contextCities) {

        Entry(String name, boolean shortForm, List<Division> divisions) {
            this(name, shortForm, divisions, divisions.stream()
                    .filter(d -> shortForm ? d.level() == PlaceLevel.CITY
                            : d.level() == PlaceLevel.CITY || d.level() == PlaceLevel.COUNTY)
                    .map(Division::cityPrefix).distinct().toList());
        }
    }

    /**
     * Suffixes dropped to get the short form a paper prints: 省 and 市 always; the long ethnic autonomous-region
     * suffixes (广西壮族自治区 → 广西); 县 only for counties (鄢陵县 → 鄢陵). District names (魏都区) keep
     * their 区: bare 魏都, 东城 are too often ordinary words or parts of unit names.
     */
    private static final String[] SHORT_FORM_SUFFIXES = {"壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区",
        "自治区", "地区", "省", "市", "县", "盟"};

    private final AhoCorasickDoubleArrayTrie<Entry> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, Entry> byName;
    private final Map<String, String> namesByCode;
    /** First characters of all names, and the longest name starting with each (same index). */
    private final String firstChars;
    private final int[] maxLengths;

    public PlaceGazetteer() {
        Map<String, List<Division>> full = new HashMap<>();
        Map<String, List<Division>> shortForms = new HashMap<>();
        readCsv("/gazetteer/divisions.csv", (code, rest) -> {
            String[] nameLevel = rest.split(",", 2);
            PlaceLevel level = PlaceLevel.valueOf(nameLevel[1].toUpperCase(java.util.Locale.ROOT));
            Division d = new Division(code, nameLevel[0], levelAsPrinted(code, level));
            full.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            for (String shortForm : shortForms(d.name(), level)) {
                shortForms.computeIfAbsent(shortForm, k -> new ArrayList<>()).add(d);
            }
        });
        readCsv("/gazetteer/towns.csv", (code, name) -> full.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new Division(code, name, PlaceLevel.TOWN)));
        TreeMap<String, Entry> entries = new TreeMap<>();
        shortForms.forEach((name, ds) -> {
            if (!full.containsKey(name)) {
                entries.put(name, new Entry(name, true, List.copyOf(ds)));
            }
        });
        full.forEach((name, ds) -> entries.put(name, new Entry(name, false, List.copyOf(ds))));
        trie.build(entries);
        byName = Map.copyOf(entries);
        Map<String, String> names = new HashMap<>();
        full.values().forEach(ds -> ds.forEach(d -> names.putIfAbsent(d.code(), d.name())));
        namesByCode = Map.copyOf(names);
        Map<Character, Integer> longest = new java.util.LinkedHashMap<>();
        entries.keySet().forEach(name -> longest.merge(name.charAt(0), name.length(), Math::max));
        StringBuilder first = new StringBuilder();
        maxLengths = new int[longest.size()];
        longest.forEach((c, max) -> {
            maxLengths[first.length()] = max;
            first.append(c);
        });
        firstChars = first.toString();
    }

    /**
     * Municipalities directly under the central government (北京市, 上海市, 天津市, 重庆市, codes ending in
     * 0000 with a city-level role) are cities to a newspaper reader: 在沪务工 → 上海 is a city.
     */
    private static PlaceLevel levelAsPrinted(String code, PlaceLevel level) {
        boolean municipality = code.startsWith("11") || code.startsWith("12") || code.startsWith("31")
                || code.startsWith("50");
        return municipality && level == PlaceLevel.PROVINCE ? PlaceLevel.CITY : level;
    }

    /**
     * Ethnic group names as they stand in the names of autonomous divisions, longest first; single characters only
     * count with 族 ({@code 大理白族自治州}), as they end ordinary place names too.
     */
    private static final List<String> ETHNIC_GROUPS = List.of("乌孜别克", "柯尔克孜", "维吾尔", "哈萨克", "塔吉克", "达斡尔",
            "鄂伦春", "鄂温克", "俄罗斯", "塔塔尔", "土家", "蒙古", "布依", "朝鲜", "哈尼", "傈僳", "拉祜", "东乡", "纳西",
            "景颇", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲",
            "门巴", "珞巴", "基诺", "高山", "回族", "藏族", "苗族", "彝族", "壮族", "满族", "侗族", "瑶族", "白族", "傣族",
            "黎族", "佤族", "畲族", "水族", "土族", "羌族", "怒族", "京族");

    /** Suffixes of autonomous divisions and the short suffix papers print instead: 湘西自治州, 湘西州, 湘西. */
    private static final Map<String, List<String>> AUTONOMOUS = Map.of(
            "自治州", List.of("自治州", "州", ""), "自治县", List.of("自治县", "县", ""), "自治旗", List.of("自治旗", "旗", ""));

    /**
     * The short forms a paper prints for a division: 许昌 (许昌市), 广西 (广西壮族自治区), and for autonomous
     * prefectures and counties the stem without the ethnic groups, alone or with a short suffix
     * (湘西土家族苗族自治州 → 湘西自治州, 湘西州, 湘西; 伊犁哈萨克自治州 → 伊犁州).
     */
    private static List<String> shortForms(String name, PlaceLevel level) {
        for (Map.Entry<String, List<String>> autonomous : AUTONOMOUS.entrySet()) {
            if (name.endsWith(autonomous.getKey())) {
                String stem = withoutEthnicGroups(name.substring(0, name.length() - autonomous.getKey().length()));
                if (stem.length() < 2 || stem.length() == name.length() - autonomous.getKey().length()) {
                    return List.of();
                }
                return autonomous.getValue().stream().map(suffix -> stem + suffix).toList();
            }
        }
        String shortForm = shortForm(name, level);
        return shortForm == null ? List.of() : List.of(shortForm);
    }

    private static String withoutEthnicGroups(String stem) {
        String rest = stem;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ETHNIC_GROUPS) {
                String[] forms = group.endsWith("族") ? new String[] {group} : new String[] {group + "族", group};
                for (String form : forms) {
                    if (rest.endsWith(form) && rest.length() > form.length()) {
                        rest = rest.substring(0, rest.length() - form.length());
                        stripped = true;
                        break;
                    }
                }
                if (stripped) {
                    break;
                }
            }
        }
        return rest;
    }

    private static String shortForm(String name, PlaceLevel level) {
        for (String suffix : SHORT_FORM_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                if (suffix.equals("县") && level != PlaceLevel.COUNTY) {
                    continue;
                }
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private static void readCsv(String resource, BiConsumer<String, String> row) {
        DataLines.forEach(resource, line -> {
            int comma = line.indexOf(',');
            row.accept(line.substring(0, comma), line.substring(comma + 1));
        });
    }

    /** Every gazetteer name occurring in {@code text}, overlapping hits included, as {@code [begin, end)}. */
    public void scan(String text, HitConsumer consumer) {
        trie.parseText(text, (begin, end, entry) -> consumer.hit(begin, end, entry));
    }

    /** The official name of the division with {@code code} ({@code 411000} → 许昌市), or null. */
    public String nameOf(String code) {
        return namesByCode.get(code);
    }

    /** The entry for a name exactly as written, or null. */
    public Entry lookup(String name) {
        return byName.get(name);
    }

    /** The longest gazetteer name that {@code text} starts with, or 0. */
    public int longestPrefix(String text) {
        int first = text.isEmpty() ? -1 : firstChars.indexOf(text.charAt(0));
        if (first < 0) {
            return 0;
        }
        int best = 0;
        for (int end = Math.min(text.length(), maxLengths[first]); end >= 2; end--) {
            if (byName.containsKey(text.substring(0, end))) {
                best = end;
                break;
            }
        }
        return best;
    }

    @FunctionalInterface
    public interface HitConsumer {
        void hit(int begin, int end, Entry entry);
    }
}

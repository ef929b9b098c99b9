package org.bulletinpipeline.contracts.mediatopic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our topic codes ({@code epidemic_control}, {@code economy} …, the taxonomy of nlp-service's TopicClassifier) as
 * IPTC Media Topics, read from {@code /contracts/media-topics.csv} (its source, licence and the reason for each
 * choice: {@code media-topics.md} beside it). Part of the contracts because both ends use it: nlp-service writes an
 * article's Media Topics into ArticleExtracted v3, query-service derives them for the v1 and v2 events it keeps.
 *
 * <p>The mapping is one topic to one Media Topic, and no Media Topic stands for two topics: so a Media Topic filter
 * is one topic filter, and a Media Topic facet counts exactly what the topic facet counts.
 */
public final class MediaTopics {

    private static final String RESOURCE = "/contracts/media-topics.csv";
    private static final String HEADER = "topic,qcode,label_en_gb,label_zh_hans,label_zh_hans_source";

    private final Map<String, MediaTopic> byTopic;
    private final Map<String, String> topicByQcode;

    private MediaTopics(Map<String, MediaTopic> byTopic) {
        this.byTopic = Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
        Map<String, String> inverse = new LinkedHashMap<>();
        byTopic.forEach((topic, mediaTopic) -> {
            String other = inverse.putIfAbsent(mediaTopic.qcode(), topic);
            if (other != null) {
                throw new IllegalArgumentException(mediaTopic.qcode() + " stands for both " + other + " and " + topic);
            }
        });
        this.topicByQcode = Collections.unmodifiableMap(inverse);
    }

    /** The mapping this project ships. */
    public static MediaTopics standard() {
        return Standard.MAPPING;
    }

    /** A mapping in the CSV form of {@code media-topics.csv}. */
    public static MediaTopics read(InputStream csv) {
        Map<String, MediaTopic> byTopic = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalArgumentException("expected the header " + HEADER + ", got " + header);
            }
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 5 || !(cells[4].equals("iptc") || cells[4].equals("ours"))) {
                    throw new IllegalArgumentException("line " + number + " is not topic,qcode,en,zh,iptc|ours: "
                            + line);
                }
                MediaTopic topic = MediaTopic.of(cells[1], cells[2], cells[3], cells[4].equals("iptc"));
                if (byTopic.put(cells[0], topic) != null) {
                    throw new IllegalArgumentException("line " + number + " maps " + cells[0] + " a second time");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MediaTopics(byTopic);
    }

    /** The Media Topic of one of our topic codes. */
    public Optional<MediaTopic> of(String topic) {
        return Optional.ofNullable(topic == null ? null : byTopic.get(topic));
    }

    /** The Media Topics of an article's topics, in the topics' order; a topic without one is left out. */
    public List<MediaTopic> of(List<String> topics) {
        List<MediaTopic> mediaTopics = new ArrayList<>();
        for (String topic : topics == null ? List.<String>of() : topics) {
            of(topic).filter(t -> !mediaTopics.contains(t)).ifPresent(mediaTopics::add);
        }
        return mediaTopics;
    }

    /**
     * Our topic code for a Media Topic given as QCode ({@code medtop:20000449}), as its eight digits or as its URI
     * ({@code http://cv.iptc.org/newscodes/mediatopic/20000449}); empty for a Media Topic no topic maps to.
     */
    public Optional<String> topicOf(String mediaTopic) {
        if (mediaTopic == null) {
            return Optional.empty();
        }
        String m = mediaTopic.strip();
        String https = MediaTopic.SCHEME_URI.replace("http:", "https:");
        String code = m.startsWith(MediaTopic.SCHEME_ALIAS) ? m.substring(MediaTopic.SCHEME_ALIAS.length())
                : m.startsWith(MediaTopic.SCHEME_URI) ? m.substring(MediaTopic.SCHEME_URI.length())
                : m.startsWith(https) ? m.substring(https.length()) : m;
        return Optional.ofNullable(topicByQcode.get(MediaTopic.SCHEME_ALIAS + code));
    }

    /** Every Media Topic of the mapping, in the file's order. */
    public Collection<MediaTopic> all() {
        return topicByQcode.keySet().stream().map(qcode -> byTopic.get(topicByQcode.get(qcode))).toList();
    }

    /** The shipped mapping, read once when first asked for. */
    private static final class Standard {
        static final MediaTopics MAPPING = load();

        private static MediaTopics load() {
            try (InputStream in = MediaTopics.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

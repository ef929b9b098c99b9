package org.bulletinpipeline.ingest.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.ingest.format.NewsFormat;
import org.bulletinpipeline.ingest.format.NewsFormats;
import org.bulletinpipeline.ingest.messaging.BrokerUnavailableException;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.bulletinpipeline.ingest.service.DocumentIngest;
import org.bulletinpipeline.ingest.service.IngestConfig;
import org.bulletinpipeline.ingest.service.IngestResult;
import org.bulletinpipeline.ingest.service.IngestService;
import org.bulletinpipeline.ingest.service.ItemResult;
import org.bulletinpipeline.ingest.service.OverloadedException;
import org.jboss.logging.Logger;

/**
 * Optional drop folder (ingest.watch.enabled): every file placed in it is ingested like an upload and then moved to
 * {@code done/}, or to {@code failed/} with a {@code <name>.reason} file beside it saying why. A file is left where
 * it is while the broker is unavailable and tried again on the next look. Files still being written are skipped: an
 * editorial system copying a 3 MB page over SMB takes a few seconds, so only files unchanged for one interval are
 * taken; names starting with '.' or ending in .part/.tmp are never taken.
 */
@ApplicationScoped
public class FolderWatcher {

    private static final Logger LOG = Logger.getLogger(FolderWatcher.class);

    private final IngestService ingest;
    private final NewsFormats formats;
    private final DocumentIngest documents;
    private final IngestConfig.Watch config;

    public FolderWatcher(IngestService ingest, NewsFormats formats, DocumentIngest documents, IngestConfig config) {
        this.ingest = ingest;
        this.formats = formats;
        this.documents = documents;
        this.config = config.watch();
    }

    @Scheduled(every = "${ingest.watch.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WatchDisabled.class)
    void look() {
        Path inbox = config.directory();
        try {
            Files.createDirectories(inbox.resolve("done"));
            Files.createDirectories(inbox.resolve("failed"));
            for (Path file : settledFiles(inbox)) {
                if (!take(file)) {
                    return;
                }
            }
        } catch (IOException e) {
            LOG.warnf("cannot read the watched folder %s: %s", inbox, e.getMessage());
        }
    }

    /**
     * Returns false when the broker is unavailable, so the rest wait for the next look. A feed, NITF, NewsML-G2 or
     * ninjs file (by extension, or a .xml/.json file by what it starts with) is read as its format; any other file is
     * a text bulletin.
     */
    private boolean take(Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            byte[] content = Files.readAllBytes(file);
            Optional<NewsFormat> format = formats.forFile(name, content);
            if (format.isPresent()) {
                return takeDocument(file, format.get(), content);
            }
            BulletinSource source = new BulletinSource(config.feed(), null, null, null, name, null);
            IngestResult result = ingest.ingestBytes(content, null, source);
            move(file, "done");
            LOG.infof("bulletin %s %s from watched file %s", result.bulletinId(),
                    result.duplicate() ? "was already known" : "accepted", name);
        } catch (InvalidBulletinException e) {
            refuse(file, e.status() + " " + e.problemType() + "\n" + e.getMessage() + "\n", e.problemType());
        } catch (BrokerUnavailableException | OverloadedException e) {
            LOG.infof("watched file %s left in place for now: %s", name, e.getMessage());
            return false;
        }
        return true;
    }

    /** A document whose items were all tried goes to done/, with the refused ones listed in its .reason file. */
    private boolean takeDocument(Path file, NewsFormat format, byte[] content) throws IOException {
        String name = file.getFileName().toString();
        List<ItemResult> results = switch (documents.ingest(format, content, config.feed(), name)) {
            case DocumentIngest.Outcome.Single single -> List.of(new ItemResult(0, name,
                    single.result().duplicate() ? ItemResult.DUPLICATE : ItemResult.ACCEPTED,
                    single.result().bulletinId(), null, null, null));
            case DocumentIngest.Outcome.Items items -> items.results();
        };
        if (results.stream().anyMatch(item -> ItemResult.UNAVAILABLE.equals(item.outcome()))) {
            LOG.infof("watched %s file %s left in place for now: the broker did not take every item",
                    format.name(), name);
            return false;
        }
        Path done = move(file, "done");
        StringBuilder refused = new StringBuilder();
        for (ItemResult item : results) {
            if (ItemResult.REFUSED.equals(item.outcome())) {
                refused.append("item ").append(item.index()).append(": ").append(item.status()).append(' ')
                        .append(item.type()).append('\n').append(item.detail()).append('\n');
            }
        }
        if (!refused.isEmpty()) {
            Files.writeString(done.resolveSibling(done.getFileName() + ".reason"), refused, StandardCharsets.UTF_8);
        }
        LOG.infof("watched %s file %s: %d items, %d refused", format.name(), name, results.size(),
                results.stream().filter(item -> ItemResult.REFUSED.equals(item.outcome())).count());
        return true;
    }

    private static void refuse(Path file, String reason, String problemType) throws IOException {
        Path failed = move(file, "failed");
        Files.writeString(failed.resolveSibling(failed.getFileName() + ".reason"), reason, StandardCharsets.UTF_8);
        LOG.infof("watched file %s refused: %s", file.getFileName(), problemType);
    }

    private List<Path> settledFiles(Path inbox) throws IOException {
        Instant settledBefore = Instant.now().minus(config.interval());
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry) && !name.startsWith(".") && !name.endsWith(".part")
                        && !name.endsWith(".tmp")
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(settledBefore)) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static Path move(Path file, String folder) throws IOException {
        Path target = file.resolveSibling(folder).resolve(file.getFileName());
        if (Files.exists(target)) {
            target = target.resolveSibling(Instant.now().toEpochMilli() + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Skips the scheduled look unless ingest.watch.enabled is true. */
    @ApplicationScoped
    public static class WatchDisabled implements Scheduled.SkipPredicate {

        private final IngestConfig config;

        public WatchDisabled(IngestConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.watch().enabled();
        }
    }
}

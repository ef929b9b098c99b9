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

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import org.bulletinpipeline.ingest.event.BulletinSource;
import org.bulletinpipeline.ingest.service.BrokerUnavailableException;
import org.bulletinpipeline.ingest.service.IngestConfig;
import org.bulletinpipeline.ingest.service.IngestResult;
import org.bulletinpipeline.ingest.service.IngestService;
import org.bulletinpipeline.ingest.service.InvalidBulletinException;
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
    private final IngestConfig.Watch config;

    public FolderWatcher(IngestService ingest, IngestConfig config) {
        this.ingest = ingest;
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

    /** Returns false when the broker is unavailable, so the rest wait for the next look. */
    private boolean take(Path file) throws IOException {
        String name = file.getFileName().toString();
        BulletinSource source = new BulletinSource(config.feed(), null, null, null, name, null);
        try {
            IngestResult result = ingest.ingestBytes(Files.readAllBytes(file), null, source);
            move(file, "done");
            LOG.infof("bulletin %s %s from watched file %s", result.bulletinId(),
                    result.duplicate() ? "was already known" : "accepted", name);
        } catch (InvalidBulletinException e) {
            Path failed = move(file, "failed");
            Files.writeString(failed.resolveSibling(failed.getFileName() + ".reason"),
                    e.status() + " " + e.problemType() + "\n" + e.getMessage() + "\n", StandardCharsets.UTF_8);
            LOG.infof("watched file %s refused: %s", name, e.problemType());
        } catch (BrokerUnavailableException | OverloadedException e) {
            LOG.infof("watched file %s left in place for now: %s", name, e.getMessage());
            return false;
        }
        return true;
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

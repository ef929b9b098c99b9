package org.bulletinpipeline.ingest.service;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.event.ItemMetadata;

/** One bulletin of a batch (an NDJSON line or an uploaded file), or what made it unreadable. */
public sealed interface BatchItem {

    /** The file name to report the item under, when it has one. */
    String fileName();

    record Text(String text, BulletinSource source) implements BatchItem {

        @Override
        public String fileName() {
            return source.fileName();
        }
    }

    /** A story read from a structured document, with what the document said about it. */
    record Item(String text, BulletinSource source, ItemMetadata item) implements BatchItem {

        @Override
        public String fileName() {
            return source.fileName();
        }
    }

    record Bytes(byte[] bytes, String declaredCharset, BulletinSource source) implements BatchItem {

        @Override
        public String fileName() {
            return source.fileName();
        }
    }

    /** Refused before the service saw it, e.g. an NDJSON line that is not JSON or a file over the size limit. */
    record Refused(String fileName, int status, String problemType, String detail) implements BatchItem {
    }
}

package org.bulletinpipeline.ingest.format;

import java.util.List;

/**
 * One document format ingest reads. The HTTP resource picks a format by the request's media type, the drop folder by
 * the file's extension and then by what the file starts with; both then call {@link #read}.
 */
public interface NewsFormat {

    /** The name kept in each bulletin's item metadata: {@code rss}, {@code atom}, {@code nitf}, … */
    String name();

    /** Media types (without parameters) this format is chosen for. */
    List<String> mediaTypes();

    /** File name extensions (lower case, no dot) that name this format unambiguously. */
    List<String> extensions();

    /** Whether a document of unknown type (application/xml, a .xml or .json file) is one of this format. */
    boolean recognizes(Sniffed document);

    NewsDocument read(byte[] document);
}

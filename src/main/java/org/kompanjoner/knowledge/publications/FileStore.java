package org.kompanjoner.knowledge.publications;

import java.util.Optional;

/**
 * Where the library's files live: a folder under the data directory by default, or an S3-compatible
 * object store when one is configured, so that several nodes share the same files. Keys are made by the
 * site ({@code publications/<random>.pdf}), never taken from an upload.
 */
interface FileStore {

    void put(String key, byte[] content, String contentType);

    Optional<byte[]> get(String key);

    /** Removes the file; a key that holds nothing is no error. */
    void delete(String key);
}

package org.kompanjoner.knowledge.publications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.kompanjoner.shared.Settings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files in {@code files/} under the data directory: the default, for one node. A file is written beside
 * its place and moved in, so that a reader never sees half of it.
 */
@Component
@ConditionalOnProperty(name = "kompanjoner.files", havingValue = "local", matchIfMissing = true)
class LocalFileStore implements FileStore {

    private final Path root;

    @Autowired
    LocalFileStore(Settings settings) {
        this(settings.dataDir().resolve("files"));
    }

    LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".upload", ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key's place under the root; a key that would lead outside it is a programming error. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || !key.matches("[a-z0-9/_.-]+")) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return path;
    }
}

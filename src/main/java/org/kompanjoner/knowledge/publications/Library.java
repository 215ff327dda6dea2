package org.kompanjoner.knowledge.publications;

import java.util.Optional;
import java.util.UUID;
import org.kompanjoner.knowledge.PublicationChanged;
import org.kompanjoner.shared.FileKinds;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The library's changes: a publication added, edited or removed, its file checked by its content and
 * kept in the file store, and every change announced so that the search index follows.
 */
@Service
class Library {

    /** The largest report taken; the servlet container refuses anything much larger before it is read. */
    static final long MAX_BYTES = 15L * 1024 * 1024;

    /** A file as uploaded: its name (only for its ending) and its content. */
    record Upload(String fileName, byte[] content) {}

    private final Publications publications;
    private final FileStore files;
    private final ApplicationEventPublisher events;

    Library(Publications publications, FileStore files, ApplicationEventPublisher events) {
        this.publications = publications;
        this.files = files;
        this.events = events;
    }

    Publication find(long id) {
        return publications.byId(id).orElseThrow(Refused::notFound);
    }

    @Transactional
    public long add(Publications.Content content, Upload upload) {
        long id = publications.insert(content, upload == null ? null : keep(content, upload));
        events.publishEvent(new PublicationChanged(id));
        return id;
    }

    /** The content anew; a new upload replaces the file, which is removed once the change is saved. */
    @Transactional
    public void edit(long id, Publications.Content content, Upload upload) {
        Publication before = find(id);
        StoredFile file = upload == null ? null : keep(content, upload);
        publications.update(id, content, file);
        if (file != null && before.file() != null) {
            afterCommit(before.file().key());
        }
        events.publishEvent(new PublicationChanged(id));
    }

    @Transactional
    public void remove(long id) {
        Publication publication = find(id);
        publications.delete(id);
        if (publication.file() != null) {
            afterCommit(publication.file().key());
        }
        events.publishEvent(new PublicationChanged(id));
    }

    Optional<byte[]> content(Publication publication) {
        return publication.file() == null
                ? Optional.empty()
                : files.get(publication.file().key());
    }

    /**
     * Stores an upload that is a PDF by its content, under a key of the site's making, and names it for
     * downloading after the title; anything else is refused with the reason.
     */
    private StoredFile keep(Publications.Content content, Upload upload) {
        if (upload.content().length > MAX_BYTES) {
            throw new Refused("publications.file.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (FileKinds.of(upload.fileName(), upload.content())
                .filter(kind -> kind == FileKinds.Kind.PDF)
                .isEmpty()) {
            throw new Refused("publications.file.not-pdf");
        }
        String key = "publications/" + UUID.randomUUID().toString().replace("-", "") + ".pdf";
        files.put(key, upload.content(), FileKinds.Kind.PDF.mediaType());
        String name = Slugs.of(content.title());
        return new StoredFile(key, (name.isEmpty() ? "publikation" : name) + ".pdf", upload.content().length);
    }

    /** The old file goes only when the change that dropped it is saved, so a failed change keeps it. */
    private void afterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.delete(key);
            }
        });
    }
}

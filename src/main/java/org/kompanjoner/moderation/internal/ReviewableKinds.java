package org.kompanjoner.moderation.internal;

import java.util.List;
import java.util.Optional;
import org.kompanjoner.moderation.Reviewable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every kind of content that is reviewed, as the content modules contribute them. */
@Component
public class ReviewableKinds {

    private final List<Reviewable> kinds;

    ReviewableKinds(ObjectProvider<Reviewable> kinds) {
        this.kinds = kinds.orderedStream().toList();
    }

    public List<Reviewable> all() {
        return kinds;
    }

    public Optional<Reviewable> bySlug(String slug) {
        return kinds.stream().filter(kind -> kind.slug().equals(slug)).findFirst();
    }
}

package org.kompanjoner.programmes.facilitators;

import java.util.List;
import org.kompanjoner.programmes.FacilitatorDirectory;
import org.springframework.stereotype.Component;

/** The directory's public face for other modules: who is listed, by name, in the order of the inbox's choices. */
@Component
class ListedFacilitators implements FacilitatorDirectory {

    private final Facilitators facilitators;
    private final FacilitatorViews views;

    ListedFacilitators(Facilitators facilitators, FacilitatorViews views) {
        this.facilitators = facilitators;
        this.views = views;
    }

    @Override
    public List<Listed> listed() {
        return views.choices().stream()
                .map(choice -> new Listed(Long.parseLong(choice.value()), choice.label()))
                .toList();
    }

    @Override
    public boolean isListed(long personId) {
        return facilitators.isActive(personId);
    }
}

package org.kompanjoner.events.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.Materials;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.WebLinks;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's materials: organisers add links and files and take them away; anyone downloads a file. A
 * file is sent as a download of the type found in its content, never shown in the site's own pages.
 */
@Controller
class MaterialsController {

    private final Materials materials;
    private final Organising organising;
    private final OrganiserPage page;

    MaterialsController(Materials materials, Organising organising, OrganiserPage page) {
        this.materials = materials;
        this.organising = organising;
        this.page = page;
    }

    @GetMapping(EventRoutes.CALENDAR + "/{id}/material/{materialId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long materialId) {
        Materials.Download file = materials.download(id, materialId).orElseThrow(Refused::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noCache())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/material/lank")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String addLink(
            @PathVariable long id,
            @RequestParam(name = "linkTitle", defaultValue = "") String title,
            @RequestParam(defaultValue = "") String link,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = organising.organised(id, person, layout);
        String name = title.strip();
        String address = link.strip();
        Map<String, String> typed = Map.of("linkTitle", title, "link", link);
        String problem = titleProblem(name);
        if (problem != null) {
            return page.refused(event, typed, "linkTitle", problem, locale, model, response);
        }
        if (!WebLinks.opensInBrowser(address, EventForm.MAX_LINK)) {
            return page.refused(event, typed, "link", "events.material.link.invalid", locale, model, response);
        }
        materials.addLink(id, name, address, person.personId());
        Flash.message(redirect, "events.material.added");
        return "redirect:" + EventRoutes.staff(id) + "#materials-title";
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/material/fil")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String addFile(
            @PathVariable long id,
            @RequestParam(name = "fileTitle", defaultValue = "") String title,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Event event = organising.organised(id, person, layout);
        String name = title.strip();
        Map<String, String> typed = Map.of("fileTitle", title);
        String problem = titleProblem(name);
        if (problem != null) {
            return page.refused(event, typed, "fileTitle", problem, locale, model, response);
        }
        if (file == null || file.isEmpty()) {
            return page.refused(event, typed, "file", "events.material.file.required", locale, model, response);
        }
        if (file.getSize() > Materials.MAX_BYTES) {
            // Refused before the file is read into memory.
            return page.refused(event, typed, "file", "events.material.file.too-large", locale, model, response);
        }
        try {
            materials.addFile(id, name, fileName(file), file.getBytes(), person.personId());
        } catch (Refused refused) {
            return page.refused(event, typed, "file", refused.messageKey(), locale, model, response);
        }
        Flash.message(redirect, "events.material.added");
        return "redirect:" + EventRoutes.staff(id) + "#materials-title";
    }

    @PostMapping(EventRoutes.STAFF + "/{id}/material/{materialId}/ta-bort")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String remove(
            @PathVariable long id,
            @PathVariable long materialId,
            @AuthenticationPrincipal SignedInPerson person,
            @ModelAttribute("layout") Layout layout,
            RedirectAttributes redirect) {
        organising.organised(id, person, layout);
        materials.remove(id, materialId);
        Flash.message(redirect, "events.material.removed");
        return "redirect:" + EventRoutes.staff(id) + "#materials-title";
    }

    private static String titleProblem(String title) {
        if (title.isEmpty()) {
            return "events.material.title.required";
        }
        return title.length() > Materials.MAX_TITLE ? "events.material.title.too-long" : null;
    }

    /** The name as uploaded, without any folder and with only ordinary characters. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}

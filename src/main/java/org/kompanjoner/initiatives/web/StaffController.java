package org.kompanjoner.initiatives.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.internal.Corrections;
import org.kompanjoner.initiatives.internal.CsvImport;
import org.kompanjoner.initiatives.internal.Initiative;
import org.kompanjoner.initiatives.internal.Inventory;
import org.kompanjoner.initiatives.internal.JdbcInitiatives;
import org.kompanjoner.initiatives.internal.VerificationJob;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.FormErrors;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' part of the inventory: entries nobody has verified for a year, open corrections,
 * marking an entry verified, naming its owners, and the CSV import.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class StaffController {

    static final int CORRECTIONS_SHOWN = 100;

    private final JdbcInitiatives initiatives;
    private final Inventory inventory;
    private final Corrections corrections;
    private final CsvImport csvImport;
    private final InitiativeViews views;

    StaffController(
            JdbcInitiatives initiatives,
            Inventory inventory,
            Corrections corrections,
            CsvImport csvImport,
            InitiativeViews views) {
        this.initiatives = initiatives;
        this.inventory = inventory;
        this.corrections = corrections;
        this.csvImport = csvImport;
        this.views = views;
    }

    @GetMapping(InitiativeRoutes.STAFF)
    String staff(Locale locale, Model model) {
        model.addAttribute(
                "due", views.cards(initiatives.unverifiedSince(VerificationJob.dueBefore(inventory.today())), locale));
        List<Corrections.Correction> open = corrections.allOpen(CORRECTIONS_SHOWN);
        model.addAttribute("corrections", open);
        model.addAttribute(
                "names",
                initiatives
                        .byIds(open.stream()
                                .map(Corrections.Correction::initiativeId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(
                                Initiative::id,
                                initiative -> initiative.content().name())));
        return "initiatives/staff";
    }

    @PostMapping(InitiativeRoutes.INITIATIVES + "/{id}/verifiera")
    String verify(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String from,
            @AuthenticationPrincipal SignedInPerson coordinator,
            RedirectAttributes redirect) {
        find(id);
        try {
            inventory.verify(id, coordinator.personId());
            Flash.message(redirect, "initiatives.verified");
        } catch (Refused refused) {
            Flash.problem(redirect, refused.explained().messageKey());
        }
        return "redirect:" + ("staff".equals(from) ? InitiativeRoutes.STAFF : InitiativeRoutes.initiative(id));
    }

    @PostMapping(InitiativeRoutes.INITIATIVES + "/{id}/agare")
    String addOwner(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal SignedInPerson coordinator,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        find(id);
        String address = email.strip();
        String problem = address.isEmpty() || address.length() > 254 ? "initiatives.owners.email.required" : null;
        if (problem == null) {
            try {
                var person = inventory.addOwner(id, coordinator.personId(), address);
                Flash.message(redirect, "initiatives.owners.added", person.displayName());
                return "redirect:" + InitiativeRoutes.initiative(id) + "#owners";
            } catch (Refused refused) {
                problem = refused.messageKey();
            }
        }
        response.setStatus(400);
        model.addAttribute("problemField", "email");
        model.addAttribute("problemKey", problem);
        model.addAttribute("email", email);
        model.addAttribute("initiativeId", id);
        return "initiatives/owner-problem";
    }

    @PostMapping(InitiativeRoutes.INITIATIVES + "/{id}/agare/{personId}/ta-bort")
    String removeOwner(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal SignedInPerson coordinator,
            RedirectAttributes redirect) {
        find(id);
        try {
            inventory.removeOwner(id, coordinator.personId(), personId);
            Flash.message(redirect, "initiatives.owners.removed");
        } catch (Refused refused) {
            Flash.problem(redirect, refused.messageKey());
        }
        return "redirect:" + InitiativeRoutes.initiative(id) + "#owners";
    }

    @GetMapping(InitiativeRoutes.IMPORT)
    String importForm(Model model) {
        return "initiatives/import";
    }

    /** The file is checked by its content and kept; the dry run shows what it would do. */
    @PostMapping(InitiativeRoutes.IMPORT)
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInPerson coordinator,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refusedFile(response, model, "initiatives.import.file.required");
        }
        if (file.getSize() > CsvImport.MAX_BYTES) {
            return refusedFile(response, model, "initiatives.import.file.too-large");
        }
        CsvImport.Plan plan;
        try {
            plan = csvImport.upload(file.getBytes(), fileName(file), coordinator.personId());
        } catch (CsvImport.Unreadable unreadable) {
            return refusedFile(response, model, unreadable.messageKey());
        }
        return dryRun(plan, false, response, model);
    }

    @PostMapping(InitiativeRoutes.IMPORT_CONFIRM)
    String confirm(
            @RequestParam(defaultValue = "") String upload,
            @AuthenticationPrincipal SignedInPerson coordinator,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!upload.matches("\\d{1,18}")) {
            return refusedFile(response, model, "initiatives.import.upload.gone");
        }
        CsvImport.Plan plan = csvImport
                .confirm(Long.parseLong(upload), coordinator.personId())
                .orElse(null);
        if (plan == null) {
            return refusedFile(response, model, "initiatives.import.upload.gone");
        }
        if (!plan.ok()) {
            return dryRun(plan, true, response, model);
        }
        Flash.message(
                redirect,
                "initiatives.import.done",
                plan.count(CsvImport.Action.CREATE),
                plan.count(CsvImport.Action.UPDATE));
        return "redirect:" + InitiativeRoutes.STAFF;
    }

    private String dryRun(CsvImport.Plan plan, boolean changedSince, HttpServletResponse response, Model model) {
        if (!plan.ok()) {
            response.setStatus(400);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("changedSince", changedSince);
        return "initiatives/import-check";
    }

    private static String refusedFile(HttpServletResponse response, Model model, String messageKey) {
        response.setStatus(400);
        model.addAttribute("formErrors", FormErrors.rejected("file", "", messageKey));
        return "initiatives/import";
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.replaceAll("[^\\p{L}\\p{N} ._-]", "");
        return name.isBlank() ? "import.csv" : name.substring(0, Math.min(name.length(), 200));
    }

    private Initiative find(long id) {
        return initiatives.byId(id).orElseThrow(Refused::notFound);
    }
}

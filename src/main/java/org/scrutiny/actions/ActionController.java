package org.scrutiny.actions;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.security.Visitors;
import org.scrutiny.web.Dates;
import org.scrutiny.web.ForceNames;
import org.scrutiny.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action's page, with its progress updates, and the form with which action owners record another.
 * Who may record one is decided in the security configuration.
 */
@Controller
class ActionController {
    static final int LONGEST_TEXT = 4000;

    private final PlannedActions actions;
    private final ActionUpdates updates;
    private final ForceNames forces;
    private final Clock clock;

    ActionController(PlannedActions actions, ActionUpdates updates, ForceNames forces, Clock clock) {
        this.actions = actions;
        this.updates = updates;
        this.forces = forces;
        this.clock = clock;
    }

    /** What was typed into the form, kept as text so that a mistake can be shown back as it was typed. */
    record UpdateForm(String asOf, String status, String text) {}

    @GetMapping("/plans/{planId}/actions/{ref}")
    String action(@PathVariable String planId, @PathVariable String ref, Principal visitor, Model model) {
        PlannedAction planned = visibleAction(planId, ref, visitor);
        ActionStatus current = currentStatus(planned);
        UpdateForm blank = new UpdateForm(today().toString(), current == null ? "" : current.code(), "");
        return page(planned, blank, Map.of(), model);
    }

    @PostMapping("/plans/{planId}/actions/{ref}/updates")
    String addUpdate(
            @PathVariable String planId,
            @PathVariable String ref,
            @RequestParam(defaultValue = "") String asOf,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String text,
            Principal author,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlannedAction planned = visibleAction(planId, ref, author);
        UpdateForm form = new UpdateForm(asOf, status, text);

        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(asOf.strip());
            if (date.isAfter(today())) {
                errors.put("asOf", "The date of the update cannot be in the future.");
            }
        } catch (DateTimeParseException e) {
            errors.put(
                    "asOf",
                    asOf.isBlank()
                            ? "Enter the date of the update."
                            : "Enter the date as year-month-day, such as 2019-03-31.");
        }
        ActionStatus newStatus = statusOf(status);
        if (newStatus == null) {
            errors.put("status", "Choose the status the action has now.");
        }
        if (text.isBlank()) {
            errors.put("text", "Describe the progress made.");
        } else if (text.length() > LONGEST_TEXT) {
            errors.put("text", "Shorten the description to " + LONGEST_TEXT + " characters or fewer.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(planned, form, errors, model);
        }

        updates.add(
                planned.planId(),
                planned.action().ref(),
                new ProgressUpdate(date, newStatus, text.strip(), author.getName(), clock.instant()));
        redirect.addFlashAttribute("notice", "Your progress update has been recorded.");
        redirect.addAttribute("planId", planned.planId());
        redirect.addAttribute("ref", planned.action().ref());
        return "redirect:/plans/{planId}/actions/{ref}";
    }

    private String page(PlannedAction planned, UpdateForm form, Map<String, String> errors, Model model) {
        model.addAttribute("planned", planned);
        model.addAttribute("action", planned.action());
        model.addAttribute("forceName", forces.nameOf(planned.force()));
        model.addAttribute("current", currentStatus(planned));
        model.addAttribute(
                "updates", updates.of(planned.planId(), planned.action().ref()));
        model.addAttribute("statuses", List.of(ActionStatus.values()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "action";
    }

    private PlannedAction visibleAction(String planId, String ref, Principal visitor) {
        PlannedAction planned = actions.action(planId, ref)
                .orElseThrow(() ->
                        new NotFoundException("There is no action '" + ref + "' in a plan called '" + planId + "'."));
        Visitors.requireMaySee(planned.published(), visitor);
        return planned;
    }

    private ActionStatus currentStatus(PlannedAction planned) {
        Action action = planned.action();
        return updates.currentStatuses(planned.planId()).getOrDefault(action.ref(), action.status());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.UK));
    }

    private static ActionStatus statusOf(String code) {
        for (ActionStatus s : ActionStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }
}

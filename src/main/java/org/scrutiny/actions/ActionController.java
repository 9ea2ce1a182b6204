package org.scrutiny.actions;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanItem;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.Plans;
import org.scrutiny.security.Visitors;
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
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Plans plans;
    private final ActionUpdates updates;
    private final ForceNames forces;
    private final Clock clock;

    ActionController(Plans plans, ActionUpdates updates, ForceNames forces, Clock clock) {
        this.plans = plans;
        this.updates = updates;
        this.forces = forces;
        this.clock = clock;
    }

    /** What was typed into the form, kept as text so that a mistake can be shown back as it was typed. */
    record UpdateForm(String asOf, String status, String text) {}

    @GetMapping("/plans/{planId}/actions/{ref}")
    String action(@PathVariable String planId, @PathVariable String ref, Principal visitor, Model model) {
        Plan plan = visiblePlan(planId, visitor);
        Action action = actionOf(plan, ref);
        ActionStatus current = currentStatus(plan, action);
        UpdateForm blank = new UpdateForm(today().toString(), current == null ? "" : current.code(), "");
        return page(plan, action, blank, Map.of(), model);
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
        Plan plan = visiblePlan(planId, author);
        Action action = actionOf(plan, ref);
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
            return page(plan, action, form, errors, model);
        }

        updates.add(
                plan.id(),
                action.ref(),
                new ProgressUpdate(date, newStatus, text.strip(), author.getName(), clock.instant()));
        redirect.addFlashAttribute("notice", "Your progress update has been recorded.");
        redirect.addAttribute("planId", plan.id());
        redirect.addAttribute("ref", action.ref());
        return "redirect:/plans/{planId}/actions/{ref}";
    }

    private String page(Plan plan, Action action, UpdateForm form, Map<String, String> errors, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("forceName", forces.nameOf(plan.force()));
        model.addAttribute(
                "item",
                plan.allItems()
                        .filter(item -> item.actions().contains(action))
                        .findFirst()
                        .map(PlanItem::title)
                        .orElse(null));
        model.addAttribute("action", action);
        model.addAttribute("current", currentStatus(plan, action));
        model.addAttribute("updates", updates.of(plan.id(), action.ref()));
        model.addAttribute("statuses", List.of(ActionStatus.values()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "action";
    }

    private Plan visiblePlan(String planId, Principal visitor) {
        Plan plan = plans.find(planId)
                .orElseThrow(() -> new NotFoundException("There is no plan called '" + planId + "'."));
        Visitors.requireMaySee(plan.status() == PlanStatus.PUBLISHED, visitor);
        return plan;
    }

    private static Action actionOf(Plan plan, String ref) {
        return plan.allActions()
                .filter(a -> a.ref().equals(ref))
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("The plan '" + plan.title() + "' has no action '" + ref + "'."));
    }

    private ActionStatus currentStatus(Plan plan, Action action) {
        return updates.currentStatuses(plan.id()).getOrDefault(action.ref(), action.status());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
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

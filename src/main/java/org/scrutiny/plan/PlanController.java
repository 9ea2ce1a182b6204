package org.scrutiny.plan;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.scrutiny.actions.ActionUpdates;
import org.scrutiny.indicator.ProportionChain;
import org.scrutiny.security.Visitors;
import org.scrutiny.web.ForceNames;
import org.scrutiny.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page's list of plans, each plan's page, and publishing and withdrawing a plan. Who may
 * publish is decided in the security configuration; that the public see no drafts is decided here.
 */
@Controller
class PlanController {
    private final Plans plans;
    private final ActionUpdates actionUpdates;
    private final ForceNames forces;
    private final PlanCharts charts;
    private final Clock clock;

    PlanController(Plans plans, ActionUpdates actionUpdates, ForceNames forces, PlanCharts charts, Clock clock) {
        this.plans = plans;
        this.actionUpdates = actionUpdates;
        this.forces = forces;
        this.charts = charts;
        this.clock = clock;
    }

    /** A plan in the home page's list. */
    record Listed(Plan plan, String forceName) {}

    @GetMapping("/")
    String home(Principal visitor, Model model) {
        List<Listed> listed = plans.all().stream()
                .filter(summary -> visitor != null || summary.status() == PlanStatus.PUBLISHED)
                .map(summary -> plans.find(summary.id()))
                .flatMap(Optional::stream)
                .map(plan -> new Listed(plan, forces.nameOf(plan.force())))
                .toList();
        model.addAttribute("plans", listed);
        return "home";
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable String id, Principal visitor, Model model) {
        Plan plan = plans.find(id).orElseThrow(() -> noSuchPlan(id));
        Visitors.requireMaySee(plan.status() == PlanStatus.PUBLISHED, visitor);
        model.addAttribute("plan", plan);
        model.addAttribute("forceName", forces.nameOf(plan.force()));
        model.addAttribute("statuses", actionUpdates.currentStatuses(plan.id()));
        model.addAttribute("charts", charts.of(plan, clock.instant()));
        model.addAttribute("chains", ProportionChain.in(plan.allIndicators().toList()));
        return "plan";
    }

    @PostMapping("/plans/{id}/publish")
    String publish(@PathVariable String id, RedirectAttributes redirect) {
        return setStatus(id, PlanStatus.PUBLISHED, "The plan is published: the public can now see it.", redirect);
    }

    @PostMapping("/plans/{id}/withdraw")
    String withdraw(@PathVariable String id, RedirectAttributes redirect) {
        return setStatus(id, PlanStatus.DRAFT, "The plan is withdrawn: only signed-in users can see it.", redirect);
    }

    private String setStatus(String id, PlanStatus status, String message, RedirectAttributes redirect) {
        if (!plans.setStatus(id, status)) {
            throw noSuchPlan(id);
        }
        redirect.addFlashAttribute("notice", message);
        redirect.addAttribute("id", id);
        return "redirect:/plans/{id}";
    }

    private static NotFoundException noSuchPlan(String id) {
        return new NotFoundException("There is no plan called '" + id + "'.");
    }
}

package org.scrutiny.plan;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.IndicatorChart;
import org.scrutiny.security.Visitors;
import org.scrutiny.web.ForceNames;
import org.scrutiny.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A plan's exceptions: only the indicators whose latest point is a special cause or whose target will
 * consistently be missed, grouped by plan item — the report Suffolk's framework asks for, focused "on
 * those abnormal areas of performance". Visible to whoever may see the plan.
 */
@Controller
class ExceptionsController {
    private final Plans plans;
    private final ForceNames forces;
    private final PlanCharts charts;
    private final Clock clock;

    ExceptionsController(Plans plans, ForceNames forces, PlanCharts charts, Clock clock) {
        this.plans = plans;
        this.forces = forces;
        this.charts = charts;
        this.clock = clock;
    }

    /** A plan item with its indicators that are exceptions. */
    record Group(PlanItem item, String levelName, List<Flagged> exceptions) {}

    /** An indicator that is an exception, with its chart. */
    record Flagged(Indicator indicator, IndicatorChart chart) {}

    @GetMapping("/plans/{id}/exceptions")
    String exceptions(@PathVariable String id, Principal visitor, Model model) {
        Plan plan = plans.find(id).orElseThrow(() -> new NotFoundException("There is no plan called '" + id + "'."));
        Visitors.requireMaySee(plan.status() == PlanStatus.PUBLISHED, visitor);
        Map<String, IndicatorChart> byRef = charts.of(plan, clock.instant());
        List<Group> groups = new ArrayList<>();
        for (PlanItem top : plan.items()) {
            collect(plan, top, 0, byRef, groups);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("forceName", forces.nameOf(plan.force()));
        model.addAttribute("groups", groups);
        model.addAttribute("indicatorCount", byRef.size());
        return "exceptions";
    }

    /** The groups of an item and the items below it, depth first, leaving out those with no exception. */
    static void collect(Plan plan, PlanItem item, int depth, Map<String, IndicatorChart> charts, List<Group> groups) {
        List<Flagged> exceptions = item.indicators().stream()
                .filter(indicator -> charts.get(indicator.ref()).isException())
                .map(indicator -> new Flagged(indicator, charts.get(indicator.ref())))
                .toList();
        if (!exceptions.isEmpty()) {
            groups.add(new Group(item, plan.levelName(depth), exceptions));
        }
        for (PlanItem child : item.items()) {
            collect(plan, child, depth + 1, charts, groups);
        }
    }
}

package org.scrutiny.scorecard;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.Plans;
import org.scrutiny.security.Visitors;
import org.scrutiny.web.Dates;
import org.scrutiny.web.ForceNames;
import org.scrutiny.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's scorecard page: one row per indicator as at a date, with the latest data held. */
@Controller
class ScorecardController {
    private final Plans plans;
    private final Scorecards scorecards;
    private final ForceNames forces;
    private final Clock clock;

    ScorecardController(Plans plans, Scorecards scorecards, ForceNames forces, Clock clock) {
        this.plans = plans;
        this.scorecards = scorecards;
        this.forces = forces;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/scorecard")
    String scorecard(
            @PathVariable String id, @RequestParam(required = false) String asAt, Principal visitor, Model model) {
        Plan plan = plans.find(id).orElseThrow(() -> new NotFoundException("There is no plan called '" + id + "'."));
        Visitors.requireMaySee(plan.status() == PlanStatus.PUBLISHED, visitor);
        LocalDate day = asAt == null || asAt.isBlank() ? LocalDate.now(clock.withZone(Dates.UK)) : Dates.parse(asAt);
        model.addAttribute("plan", plan);
        model.addAttribute("forceName", forces.nameOf(plan.force()));
        model.addAttribute("asAt", day);
        model.addAttribute("card", scorecards.of(plan, day, null));
        return "scorecard";
    }
}

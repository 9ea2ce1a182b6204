package org.scrutiny.plan;

import java.util.Optional;
import org.scrutiny.actions.PlannedAction;
import org.scrutiny.actions.PlannedActions;
import org.scrutiny.indicator.PlannedIndicator;
import org.scrutiny.indicator.PlannedIndicators;
import org.springframework.stereotype.Component;

/** The indicators and actions of stored plans, found for the pages of the indicator and action features. */
@Component
class PlanContents implements PlannedIndicators, PlannedActions {
    private final Plans plans;

    PlanContents(Plans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<PlannedIndicator> indicator(String planId, String ref) {
        return plans.find(planId)
                .flatMap(plan -> plan.allItems()
                        .flatMap(item -> item.indicators().stream()
                                .filter(indicator -> indicator.ref().equals(ref))
                                .map(indicator -> new PlannedIndicator(
                                        plan.id(),
                                        plan.title(),
                                        plan.force(),
                                        plan.status() == PlanStatus.PUBLISHED,
                                        item.ref(),
                                        item.title(),
                                        indicator,
                                        plan.measureOf(indicator))))
                        .findFirst());
    }

    @Override
    public Optional<PlannedAction> action(String planId, String ref) {
        return plans.find(planId)
                .flatMap(plan -> plan.allItems()
                        .flatMap(item -> item.actions().stream()
                                .filter(action -> action.ref().equals(ref))
                                .map(action -> new PlannedAction(
                                        plan.id(),
                                        plan.title(),
                                        plan.force(),
                                        plan.status() == PlanStatus.PUBLISHED,
                                        item.title(),
                                        action)))
                        .findFirst());
    }
}

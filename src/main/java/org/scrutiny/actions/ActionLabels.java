package org.scrutiny.actions;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scrutiny.web.Labels;
import org.springframework.stereotype.Component;

/** Words for an action's parties, timing and status; templates call it as {@code @actionLabels}. */
@Component("actionLabels")
public final class ActionLabels {

    public String parties(List<Party> parties) {
        return parties == null || parties.isEmpty()
                ? "Not stated"
                : parties.stream().map(Party::label).collect(Collectors.joining(", "));
    }

    public String due(Due due, String dueText) {
        if (dueText != null && !dueText.isBlank()) {
            return dueText;
        }
        if (due == null) {
            return "Not stated";
        }
        return switch (due) {
            case Due.ByDate d -> "By " + Labels.dateOf(d.date());
            case Due.ByMonth m ->
                "By " + m.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                        + m.month().getYear();
            case Due.Ongoing o -> "Ongoing";
            case Due.Recurring r -> "Every " + r.every().code().replace('-', ' ');
            case Due.Unstated u -> "Not stated";
        };
    }

    public String status(ActionStatus status) {
        return status == null ? "Not stated" : status.label();
    }
}

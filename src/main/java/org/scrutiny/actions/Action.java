package org.scrutiny.actions;

import java.util.List;

/**
 * A promise in a plan: what will be done, by whom, by when, and how its delivery is scrutinised.
 *
 * @param ref the plan's reference for it, unique in the plan
 * @param responsible the parties responsible, first the lead party
 * @param lead the named lead officer or body, or null
 * @param dueText the plan's own words on timing ("Initial evaluation October 2017")
 * @param scrutiny how delivery is monitored ("Scrutinised via performance management framework")
 * @param status the status the plan file states; progress updates later supersede it
 * @param notes the plan's notes on it, such as its footnotes, in its own words
 */
public record Action(
        String ref,
        String text,
        List<Party> responsible,
        String lead,
        Due due,
        String dueText,
        String scrutiny,
        ActionStatus status,
        List<String> notes) {

    public Action {
        responsible = List.copyOf(responsible);
        notes = List.copyOf(notes);
    }
}

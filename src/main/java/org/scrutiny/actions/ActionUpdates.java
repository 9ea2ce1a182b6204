package org.scrutiny.actions;

import java.util.List;
import java.util.Map;
import org.scrutiny.store.Database;

/**
 * The progress updates that action owners record against a plan's actions. They are only ever added,
 * so the history of an action's delivery is kept whole; the latest one gives its current status.
 */
public interface ActionUpdates {

    static ActionUpdates on(Database database) {
        return new JdbcActionUpdates(database);
    }

    /** Records an update on an action of a plan; false if there is no such plan. */
    boolean add(String planId, String actionRef, ProgressUpdate update);

    /** The updates on one action, latest first. */
    List<ProgressUpdate> of(String planId, String actionRef);

    /** The status each updated action of a plan has now, by action reference: that of its latest update. */
    Map<String, ActionStatus> currentStatuses(String planId);
}

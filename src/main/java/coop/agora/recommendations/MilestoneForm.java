package coop.agora.recommendations;

/** A dated step staff plan for a recommendation. */
public record MilestoneForm(String milestoneTitle, String due) {

    public MilestoneForm {
        milestoneTitle = milestoneTitle == null ? "" : milestoneTitle;
        due = due == null ? "" : due;
    }
}

package coop.agora.recommendations;

/** Staff moving a recommendation on: its status, progress, service, the reason of a refusal, and why. */
public record UpdateForm(String status, String progress, String service, String reason, String note) {

    public UpdateForm {
        status = status == null ? "" : status;
        progress = progress == null ? "" : progress;
        service = service == null ? "" : service;
        reason = reason == null ? "" : reason;
        note = note == null ? "" : note;
    }
}

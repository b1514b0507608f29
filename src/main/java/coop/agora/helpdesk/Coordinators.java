package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.web.FormErrors;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who coordinates each pole in each office, kept by admins. */
@Service
class Coordinators {

    private final JdbcClient db;
    private final Colleagues colleagues;
    private final Offices offices;
    private final Members members;

    Coordinators(JdbcClient db, Colleagues colleagues, Offices offices, Members members) {
        this.db = db;
        this.colleagues = colleagues;
        this.offices = offices;
        this.members = members;
    }

    List<Coordinator> all(Locale language) {
        record Row(Pole pole, long officeId, long advisorId) {}
        var rows = db.sql("select pole, office_id, advisor_id from helpdesk.coordinator order by pole, office_id, advisor_id").query(Row.class).list();
        var names = members.displayNames(rows.stream().map(Row::advisorId).toList(), language);
        return rows.stream()
                .map(row -> new Coordinator(row.pole(), row.officeId(), offices.find(row.officeId()).map(o -> o.name(language)).orElse(""),
                        row.advisorId(), names.get(row.advisorId())))
                .toList();
    }

    @Transactional
    public void add(String poleName, long officeId, long advisorId) {
        var errors = FormErrors.builder();
        var pole = DeskWork.parsePole(poleName);
        if (pole == null) {
            errors.reject("pole", "helpdesk.error.pole");
        }
        if (!offices.exists(officeId)) {
            errors.reject("office", "helpdesk.error.office");
        }
        if (pole != null && !colleagues.worksFor(advisorId, pole)) {
            errors.reject("advisor", "helpdesk.error.colleague");
        }
        if (errors.any() || pole == null) {
            throw new Refused(errors.build());
        }
        db.sql("insert into helpdesk.coordinator (pole, office_id, advisor_id) values (?, ?, ?) on conflict do nothing")
                .params(pole.name(), officeId, advisorId)
                .update();
    }

    @Transactional
    public void remove(String poleName, long officeId, long advisorId) {
        db.sql("delete from helpdesk.coordinator where pole = ? and office_id = ? and advisor_id = ?").params(poleName, officeId, advisorId).update();
    }
}

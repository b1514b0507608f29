package coop.agora.directory;

import coop.agora.accounts.PersonalData;
import coop.agora.platform.FileStore;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's part of "download my data" and "erase my account": the profile and consents are
 * the member's alone and are deleted; skills they proposed stay in the shared vocabulary, unsigned.
 */
@Component
class DirectoryPersonalData implements PersonalData {

    private final MemberProfiles memberProfiles;
    private final Profiles profiles;
    private final Skills skills;
    private final JdbcClient db;
    private final FileStore files;

    DirectoryPersonalData(MemberProfiles memberProfiles, Profiles profiles, Skills skills, JdbcClient db, FileStore files) {
        this.files = files;
        this.memberProfiles = memberProfiles;
        this.profiles = profiles;
        this.skills = skills;
        this.db = db;
    }

    @Override
    public String section() {
        return "directory";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        memberProfiles.own(memberId).ifPresent(profile -> {
            var place = profile.place();
            var view = new LinkedHashMap<String, Object>();
            view.put("displayName", profile.displayName());
            view.put("headline", profile.headline());
            view.put("bio", profile.bio());
            view.put("visibility", profile.visibility().name());
            view.put("town", place == null ? null : place.label(Locale.FRENCH));
            view.put("skills", profile.skills().stream().map(skill -> skill.label(Locale.ENGLISH)).sorted().toList());
            view.put("sectors", profile.sectors().stream().map(Sector::name).toList());
            view.put("languages", profile.languages());
            view.put("openToMissions", profile.openToMissions());
            view.put("openToCollaborate", profile.openToCollaborate());
            view.put("offersMentoring", profile.offersMentoring());
            view.put("website", profile.website());
            view.put("links", profile.links());
            view.put("createdAt", profile.createdAt().toString());
            view.put("photo", profile.photoId() == null ? null : "/directory/members/" + memberId + "/photo");
            view.put("portfolio", profile.portfolio().stream().map(MemberPortfolios::entry).toList());
            data.put("profile", view);
        });
        data.put("consents", memberProfiles.consents(memberId));
        data.put("proposedSkills", skills.findByProposedBy(memberId).stream().map(skill -> skill.label(Locale.ENGLISH)).toList());
        return data;
    }

    @Override
    public void erase(long memberId) {
        profiles.findById(memberId).ifPresent(profiles::delete);
        files.deleteAllOwnedBy(MemberProfiles.PHOTO_MODULE, memberId);
        db.sql("delete from directory.consent where member_id = ?").param(memberId).update();
        db.sql("delete from directory.contact_message where member_id = ? or sender_key = ?").params(memberId, "member:" + memberId).update();
        skills.findByProposedBy(memberId).forEach(Skill::forgetProposer);
    }
}

package coop.agora.directory;

import coop.agora.platform.FileStore;
import coop.agora.platform.Images;
import coop.agora.platform.Languages;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's own profile form, others' profile pages, and the suggestions the form offers as one types. */
@Controller
class ProfileController {

    private static final Pattern MEMBER_REF = Pattern.compile("(\\d{1,18})(?:-.*)?");

    private final MemberProfiles profiles;
    private final ProfileRules rules;
    private final SkillVocabulary vocabulary;
    private final Towns towns;
    private final Skills skills;
    private final PlatformSettings settings;
    private final Images images;
    private final Contacts contacts;
    private final MemberPortfolios portfolios;

    /** Photos are kept at most this many pixels wide and high: enough for a profile page, small to serve. */
    private static final int PHOTO_SIDE = 800;

    /** Portfolio pictures may show detail, so they are kept larger than photos. */
    private static final int PORTFOLIO_PICTURE_SIDE = 1600;

    ProfileController(MemberProfiles profiles, ProfileRules rules, SkillVocabulary vocabulary, Towns towns, Skills skills,
            PlatformSettings settings, Images images, Contacts contacts, MemberPortfolios portfolios) {
        this.portfolios = portfolios;
        this.images = images;
        this.contacts = contacts;
        this.settings = settings;
        this.profiles = profiles;
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.towns = towns;
        this.skills = skills;
    }

    @GetMapping("/directory/profile")
    String edit(@AuthenticationPrincipal Viewer viewer, Model model) {
        return page(viewer, storedForm(viewer), FormErrors.none(), model);
    }

    @PostMapping("/directory/profile/photo")
    String changePhoto(
            @AuthenticationPrincipal Viewer viewer,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        var errors = FormErrors.builder();
        if (photo == null || photo.isEmpty()) {
            errors.reject("photo", "image.error.empty");
        } else if (photo.getSize() > Images.MAX_UPLOAD_BYTES) {
            errors.reject("photo", "image.error.tooLarge");
        } else {
            try {
                profiles.changePhoto(viewer.id(), viewer.displayName(), images.normalize(photo.getBytes(), PHOTO_SIDE));
            } catch (Images.Refused refused) {
                errors.reject("photo", refused.reasonKey());
            }
        }
        if (errors.any()) {
            response.setStatus(422);
            return page(viewer, storedForm(viewer), errors.build(), model);
        }
        Notices.show(redirect, "directory.photo.saved");
        return "redirect:/directory/profile";
    }

    @PostMapping("/directory/profile/photo/delete")
    String removePhoto(@AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        profiles.removePhoto(viewer.id());
        Notices.show(redirect, "directory.photo.removed");
        return "redirect:/directory/profile";
    }

    /** The photo, to whoever may see the profile; not cached by shared caches, since visibility can change. */
    @GetMapping("/directory/members/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id, @AuthenticationPrincipal @Nullable Viewer viewer) {
        return profiles.photo(id, viewer == null ? null : viewer.id())
                .map(ProfileController::picture)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/directory/profile/portfolio")
    String addToPortfolio(
            @AuthenticationPrincipal Viewer viewer,
            @ModelAttribute PortfolioForm work,
            @RequestParam(name = "picture", required = false) @Nullable MultipartFile picture,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        var errors = FormErrors.builder();
        var checked = portfolios.check(work, errors);
        Images.Normalized normalized = null;
        if (picture != null && !picture.isEmpty()) {
            if (picture.getSize() > Images.MAX_UPLOAD_BYTES) {
                errors.reject("picture", "image.error.tooLarge");
            } else {
                try {
                    normalized = images.normalize(picture.getBytes(), PORTFOLIO_PICTURE_SIDE);
                } catch (Images.Refused refused) {
                    errors.reject("picture", refused.reasonKey());
                }
            }
        }
        if (!errors.any() && !portfolios.add(viewer.id(), viewer.displayName(), checked, normalized)) {
            errors.rejectForm("directory.portfolio.error.full");
        }
        if (errors.any()) {
            response.setStatus(422);
            return page(viewer, storedForm(viewer), FormErrors.none(), work, errors.build(), model);
        }
        Notices.show(redirect, "directory.portfolio.added");
        return "redirect:/directory/profile#portfolio-title";
    }

    @PostMapping("/directory/profile/portfolio/{itemId}/delete")
    String removeFromPortfolio(@AuthenticationPrincipal Viewer viewer, @PathVariable long itemId, RedirectAttributes redirect) {
        return backToPortfolio(portfolios.remove(viewer.id(), itemId), "directory.portfolio.removed", redirect);
    }

    @PostMapping("/directory/profile/portfolio/{itemId}/earlier")
    String movePortfolioItemEarlier(@AuthenticationPrincipal Viewer viewer, @PathVariable long itemId, RedirectAttributes redirect) {
        return backToPortfolio(portfolios.moveEarlier(viewer.id(), itemId), "directory.portfolio.moved", redirect);
    }

    /** After a change to one of the member's works; a work that is not theirs is not found. */
    private static String backToPortfolio(boolean changed, String noticeKey, RedirectAttributes redirect) {
        if (!changed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Notices.show(redirect, noticeKey);
        return "redirect:/directory/profile#portfolio-title";
    }

    @GetMapping("/directory/members/{id}/portfolio/{itemId}/picture")
    ResponseEntity<byte[]> portfolioPicture(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal @Nullable Viewer viewer) {
        return portfolios.picture(id, itemId, viewer == null ? null : viewer.id())
                .map(ProfileController::picture)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> picture(FileStore.Content content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    private ProfileForm storedForm(Viewer viewer) {
        return profiles.own(viewer.id())
                .map(profile -> formOf(profile, viewer.language()))
                .orElseGet(() -> new ProfileForm(viewer.displayName(), "", "", Visibility.HIDDEN.name(), "", "", "", "", "", "", "",
                        List.of(), List.of(), List.of(), "", ""));
    }

    @PostMapping("/directory/profile")
    String save(
            @AuthenticationPrincipal Viewer viewer,
            @ModelAttribute ProfileForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = FormErrors.builder();
        var checked = rules.check(form, viewer.id(), viewer.language(), errors);
        var visibility = rules.visibility(form.visibility(), FormErrors.builder());
        if (errors.any()) {
            response.setStatus(422);
            return page(viewer, form, errors.build(), model);
        }
        profiles.save(viewer.id(), checked, visibility);
        Notices.show(redirect, "directory.profile.saved");
        return "redirect:/directory/profile";
    }

    @GetMapping("/directory/skills/suggest")
    String suggestSkills(@AuthenticationPrincipal @Nullable Viewer viewer, @RequestParam(defaultValue = "") String newSkill,
            Locale locale, Model model) {
        model.addAttribute("choices", vocabulary.suggest(newSkill, viewer == null ? null : viewer.id(), locale).stream()
                .map(SkillVocabulary.Choice::label).toList());
        return "directory/_options";
    }

    @GetMapping("/directory/towns/suggest")
    String suggestTowns(
            @RequestParam(defaultValue = "") String town, @RequestParam(defaultValue = "") String near, Locale locale, Model model) {
        model.addAttribute("choices", towns.suggest(town.isBlank() ? near : town, locale).stream().map(Towns.Choice::label).toList());
        return "directory/_options";
    }

    @GetMapping("/directory/members/{ref}")
    String show(@PathVariable String ref, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale, Model model) {
        var matcher = MEMBER_REF.matcher(ref);
        if (!matcher.matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var view = visible(Long.parseLong(matcher.group(1)), viewer, locale);
        if (!view.path().equals("/directory/members/" + ref)) {
            return "redirect:" + view.path();
        }
        return profilePage(view, viewer, new ContactForm(viewer == null ? "" : viewer.displayName(), "", ""), FormErrors.none(), model);
    }

    @PostMapping("/directory/members/{id}/contact")
    String contact(
            @PathVariable long id,
            @ModelAttribute ContactForm form,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var view = visible(id, viewer, locale);
        var errors = FormErrors.builder();
        contacts.check(form, errors);
        var sender = viewer == null ? "address:" + request.getRemoteAddr() : "member:" + viewer.id();
        if (!errors.any() && contacts.tooOften(sender)) {
            errors.rejectForm("directory.contact.error.tooOften");
        }
        if (!errors.any() && !contacts.send(view, languageOf(id), form, sender)) {
            errors.rejectForm("directory.contact.error.unreachable");
        }
        if (errors.any()) {
            response.setStatus(errors.has("name") || errors.has("email") || errors.has("message") ? 422 : 429);
            return profilePage(view, viewer, form, errors.build(), model);
        }
        Notices.show(redirect, "directory.contact.sent");
        return "redirect:" + view.path();
    }

    private ProfileView visible(long id, @Nullable Viewer viewer, Locale locale) {
        return profiles.visibleTo(id, viewer == null ? null : viewer.id(), locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The member's first working language that Agora speaks, to write to them in it. */
    private Locale languageOf(long memberId) {
        return profiles.own(memberId)
                .flatMap(profile -> profile.languages().stream().map(Languages::of).flatMap(java.util.Optional::stream).findFirst())
                .orElse(Languages.DEFAULT);
    }

    private String profilePage(ProfileView view, @Nullable Viewer viewer, ContactForm contact, FormErrors errors, Model model) {
        var own = viewer != null && viewer.id() == view.memberId();
        model.addAttribute("profile", view);
        model.addAttribute("canonical", settings.link(view.path()));
        model.addAttribute("own", own);
        model.addAttribute("contact", contact);
        model.addAttribute("errors", errors);
        return "directory/profile";
    }

    private String page(Viewer viewer, ProfileForm form, FormErrors errors, Model model) {
        return page(viewer, form, errors, PortfolioForm.empty(), FormErrors.none(), model);
    }

    private String page(Viewer viewer, ProfileForm form, FormErrors errors, PortfolioForm work, FormErrors workErrors, Model model) {
        var language = viewer.language();
        var chosen = new ArrayList<Option>();
        var ids = new ArrayList<Long>();
        for (var id : form.skills()) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // An id that is not a number was reported as a form error; nothing to show for it.
            }
        }
        for (var skill : skills.findAllById(ids)) {
            chosen.add(new Option(String.valueOf(skill.id()), skill.label(language)));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("chosenSkills", chosen);
        model.addAttribute("sectors", List.of(Sector.values()).stream()
                .map(sector -> new Option(sector.name(), sector.labelKey())).toList());
        model.addAttribute("spokenLanguages", SpokenLanguages.CODES.stream()
                .map(code -> new Option(code, SpokenLanguages.name(code, language))).toList());
        model.addAttribute("visibilities", List.of(Visibility.values()).stream().map(Visibility::name).toList());
        model.addAttribute("consentVersion", MemberProfiles.CONSENT_TEXT_VERSION);
        model.addAttribute("ownPath", ProfileView.pathOf(viewer.id(), form.displayName()));
        var own = profiles.own(viewer.id());
        model.addAttribute("portfolio", own.map(profile -> profile.portfolio().stream().map(MemberPortfolios::entry).toList()).orElse(List.of()));
        model.addAttribute("portfolioFull", own.map(profile -> profile.portfolio().size() >= MemberPortfolios.MAX_ITEMS).orElse(false));
        model.addAttribute("work", work);
        model.addAttribute("workErrors", workErrors);
        model.addAttribute("photoPath", own
                .map(Profile::photoId)
                .map(photo -> "/directory/members/" + viewer.id() + "/photo?v=" + photo)
                .orElse(null));
        return "directory/edit";
    }

    private static ProfileForm formOf(Profile profile, Locale language) {
        var place = profile.place();
        return new ProfileForm(
                profile.displayName(),
                profile.headline(),
                profile.bio(),
                profile.visibility().name(),
                profile.visibility().listed() ? "on" : "",
                place == null ? "" : place.label(language),
                profile.openToMissions() ? "on" : "",
                profile.openToCollaborate() ? "on" : "",
                profile.offersMentoring() ? "on" : "",
                profile.website(),
                String.join("\n", profile.links()),
                profile.sectors().stream().map(Sector::name).toList(),
                profile.languages(),
                profile.skills().stream().map(skill -> String.valueOf(skill.id())).toList(),
                "",
                "");
    }
}

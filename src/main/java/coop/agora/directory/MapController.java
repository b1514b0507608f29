package coop.agora.directory;

import coop.agora.platform.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The member map with its list of towns, the points it draws, and the advisors' density by zone. */
@Controller
class MapController {

    /**
     * The site's policy, with the tile server allowed for images only: the map page needs it and no
     * other page does.
     */
    private static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: %s",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final MemberMap map;
    private final Density density;
    private final MapSettings settings;

    MapController(MemberMap map, Density density, MapSettings settings) {
        this.map = map;
        this.density = density;
        this.settings = settings;
    }

    @GetMapping("/directory/map")
    String page(@AuthenticationPrincipal @Nullable Viewer viewer, Locale locale, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY.formatted(settings.origin()));
        model.addAttribute("towns", map.towns(viewer != null, locale));
        model.addAttribute("tiles", settings.tiles());
        model.addAttribute("attribution", settings.attribution());
        return "directory/map";
    }

    @GetMapping(path = "/directory/map/points", produces = "application/json")
    @ResponseBody
    List<MemberMap.Cluster> points(
            @AuthenticationPrincipal @Nullable Viewer viewer,
            @RequestParam(defaultValue = "7") String zoom,
            @RequestParam(defaultValue = "-90") String south,
            @RequestParam(defaultValue = "-180") String west,
            @RequestParam(defaultValue = "90") String north,
            @RequestParam(defaultValue = "180") String east,
            Locale locale) {
        var area = new MemberMap.Area(
                degrees(south, -90, 90, -90), degrees(west, -180, 180, -180), degrees(north, -90, 90, 90), degrees(east, -180, 180, 180));
        return map.clusters(viewer != null, (int) degrees(zoom, 0, 20, 7), area, locale);
    }

    @GetMapping("/directory/density")
    String density(Model model) {
        model.addAttribute("report", density.report());
        model.addAttribute("minimum", Density.MIN_COUNT);
        return "directory/density";
    }

    private static double degrees(String value, double min, double max, double fallback) {
        try {
            var parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) ? Math.max(min, Math.min(max, parsed)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

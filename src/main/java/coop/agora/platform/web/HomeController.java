package coop.agora.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Agora offers to a visitor; the person's own shortcuts once signed in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        model.addAttribute("signedOut", request.getParameter("signedOut") != null);
        return "platform/home";
    }
}

// Click-to-load videos: the page holds only a link to the video site; the player is added when the
// reader presses the button, so that nothing is loaded from the video site before.
(function () {
    "use strict";
    document.querySelectorAll("button[data-video-embed]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var frame = document.createElement("iframe");
            frame.src = button.dataset.videoEmbed;
            frame.title = button.dataset.videoTitle;
            frame.allow = "fullscreen; picture-in-picture";
            frame.setAttribute("allowfullscreen", "");
            frame.className = "video__player";
            var figure = button.closest("figure");
            figure.insertBefore(frame, figure.querySelector(".hint"));
            button.parentNode.removeChild(button);
            frame.focus();
        });
    });
})();

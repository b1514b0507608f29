// Keeps the notification count in the page header up to date, and announces a new notification
// to screen readers. Without JavaScript, the header link still shows the count of when the page loaded.
(function () {
    'use strict';
    var links = document.querySelectorAll('a[data-count-of="/notifications"]');
    if (links.length === 0 || !window.EventSource) {
        return;
    }
    var status = document.createElement('div');
    status.setAttribute('aria-live', 'polite');
    status.className = 'visually-hidden';
    status.id = 'notification-status';
    document.body.appendChild(status);
    var newest = null;
    var source = new EventSource('/notifications/stream');
    source.addEventListener('notifications', function (event) {
        var message = JSON.parse(event.data);
        links.forEach(function (link) {
            var badge = link.querySelector('.count-badge');
            badge.hidden = message.unread === 0;
            badge.setAttribute('data-count', String(message.unread));
            badge.querySelector('.count-badge__number').textContent = String(message.unread);
        });
        if (newest !== null && message.newestId !== null && message.newestId > newest && message.newestTitle) {
            status.textContent = message.newestTitle;
        }
        newest = message.newestId === null ? 0 : message.newestId;
    });
})();

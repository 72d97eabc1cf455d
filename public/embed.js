/*
 * Eventmap embed, host side: resizes every <iframe data-eventmap> on the page
 * to the height its app reports. No dependencies; include once per page:
 *   <script src="https://YOUR-SITE/embed.js" async></script>
 *
 * A message is accepted only when it comes from that iframe's own window
 * (event.source) and from exactly the origin of the iframe's src (no prefix or
 * look-alike), has the versioned shape, and a finite height in a sane range.
 * Everything else is ignored. When the app reports its URL (report=url), the
 * iframe fires an "eventmap:state" event with { href } in its detail.
 */
(function () {
  'use strict';
  var TYPE = 'eventmap:height';
  var VERSION = 1;
  var MIN = 50;
  var MAX = 20000;

  function originOf(frame) {
    try {
      var origin = new URL(frame.getAttribute('src') || '', document.baseURI).origin;
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  }

  /** The frame and height a message is for, or null if it is not to be trusted. */
  function accept(event, frames) {
    var data = event.data;
    if (!data || typeof data !== 'object') return null;
    if (data.type !== TYPE || data.version !== VERSION) return null;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return null;
    if (data.height < MIN || data.height > MAX) return null;
    if (data.href !== undefined && typeof data.href !== 'string') return null;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (!frame.contentWindow || event.source !== frame.contentWindow) continue;
      var origin = originOf(frame);
      if (origin === null || event.origin !== origin) return null;
      return { frame: frame, height: Math.ceil(data.height), href: data.href };
    }
    return null;
  }

  function onMessage(event) {
    var hit = accept(event, document.querySelectorAll('iframe[data-eventmap]'));
    if (!hit) return;
    hit.frame.style.height = hit.height + 'px';
    if (hit.href !== undefined && typeof CustomEvent === 'function') {
      hit.frame.dispatchEvent(new CustomEvent('eventmap:state', { detail: { href: hit.href } }));
    }
  }

  if (window.EventmapEmbed) return;
  window.addEventListener('message', onMessage);
  window.EventmapEmbed = { version: VERSION, accept: accept };
})();

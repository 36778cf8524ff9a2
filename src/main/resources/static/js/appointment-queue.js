// 候诊排队 on the resident's phone: follows the queue's server-sent events and asks htmx for the panel again on each
// move (a call shows within a second). The panel still refreshes itself every 30 s, for a phone whose stream broke;
// EventSource reconnects by itself.
(function () {
  function follow() {
    var live = document.getElementById('live');
    var url = live && live.getAttribute('data-events');
    if (!url || !window.EventSource) {
      return;
    }
    var source = new EventSource(url);
    source.addEventListener('queue', function () {
      if (window.htmx) {
        window.htmx.trigger(document.body, 'queue-moved');
      }
    });
    // the visit is over: the panel no longer names a stream
    document.body.addEventListener('htmx:afterSwap', function () {
      var now = document.getElementById('live');
      if (!now || !now.getAttribute('data-events')) {
        source.close();
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', follow);
  }
  else {
    follow();
  }
})();

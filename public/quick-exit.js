// Quick exit, loaded first and on its own so it works before, and without, any other script.
// One press (or Escape three times in two seconds) hides the page and replaces it in the history with
// the neutral site the link points at, so Back does not return here. Without JavaScript the link
// still leaves, but the page stays in the history.
(() => {
  const leave = (link) => {
    // The neutral site must not learn where the visitor came from, not even this site's origin.
    let policy = document.querySelector('meta[name="referrer"]');
    if (!policy) {
      policy = document.createElement('meta');
      policy.name = 'referrer';
      document.head.append(policy);
    }
    policy.content = 'no-referrer';
    document.documentElement.style.visibility = 'hidden';
    document.title = '';
    window.location.replace(link.href);
  };
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-quick-exit]') : null;
    if (!link) return;
    event.preventDefault();
    leave(link);
  });
  let presses = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    presses = [...presses.filter((time) => now - time < 2000), now];
    const link = document.querySelector('a[data-quick-exit]');
    if (presses.length >= 3 && link) leave(link);
  });
})();

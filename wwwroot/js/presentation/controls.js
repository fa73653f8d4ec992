// Keyboards and presentation clickers: clickers send Page Up/Down (some arrows); space pauses, F goes full
// screen, a digit jumps to that slide (0 = the tenth).
export function bindKeys(player) {
  addEventListener('keydown', event => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': case 'PageDown': player.next(); break;
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp': player.previous(); break;
      // A held key repeats: pause and full screen change once per press, not back and forth.
      case ' ': if (!event.repeat) player.togglePause(); break;
      case 'f': case 'F': if (!event.repeat) toggleFullScreen(); break;
      default:
        if (!/^[0-9]$/.test(event.key)) return;
        player.jump(event.key === '0' ? 9 : Number(event.key) - 1);
    }
    event.preventDefault();
  });
}

function toggleFullScreen() {
  // Refused without a user gesture or by the kiosk's policy: the slide simply stays as it is.
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  request?.catch(() => {});
}

// The offline backup of a playlist: the same slides as a PowerPoint deck, made by the chart images' renderer.
// This is the one place that knows its address; the administrators' page calls downloadDeck from its button.
export const deckUrl = (playlist, lang = playlist.language) =>
  `/api/playlists/${encodeURIComponent(playlist.id ?? 'default')}/deck.pptx?lang=${encodeURIComponent(lang)}`;

export function downloadDeck(playlist) {
  location.assign(deckUrl(playlist));
}

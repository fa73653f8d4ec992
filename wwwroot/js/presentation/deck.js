// The offline backup of a playlist: the same slides as a PowerPoint deck, made by the chart images' pack endpoint.
// This is the one place that knows its address; the administrators' page calls downloadDeck from its button.
export const deckUrl = (playlist, lang = playlist.language) =>
  `/api/charts/pack.pptx?playlist=${encodeURIComponent(playlist.id ?? 'default')}&lang=${encodeURIComponent(lang)}`;

export function downloadDeck(playlist) {
  location.assign(deckUrl(playlist));
}

using Microsoft.AspNetCore.Http.Features;

namespace CourtMetrics.Ingest;

/// <summary>
/// A request body read into memory up to a cap (a batch of events, a court-system file): null when it is over the
/// cap, by its declared length or by what arrives. The server's own cap (Kestrel's default is 30 MB) becomes this
/// one, so neither refuses what the other allows.
/// </summary>
public static class CappedBody
{
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverCap)
            serverCap.MaxRequestBodySize = maxBytes;
        var body = new MemoryStream();
        try
        {
            await new LimitedStream(request.Body, maxBytes, () => new ImportLimitException("over the cap")).CopyToAsync(body, cancellationToken);
            return body;
        }
        catch (Exception e) when (e is ImportLimitException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            await body.DisposeAsync();
            return null;
        }
    }
}
